package org.anxin.dialog;

/** Where a piece of content was written, so that problems name a file and a line. */
public record SourceRef(String file, int line) {
    public static final SourceRef NONE = new SourceRef("", 0);

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
