package org.anxin.dialog.content;

import org.anxin.dialog.SourceRef;

/** Something wrong in the dialogs folder, printed as {@code file:line: what}. */
public record Problem(SourceRef at, String message) {

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
