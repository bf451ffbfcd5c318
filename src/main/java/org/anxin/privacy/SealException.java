package org.anxin.privacy;

/** Sealed data that cannot be opened: damaged, moved to another context, or sealed with a key that is not configured. */
public final class SealException extends RuntimeException {

    SealException(String message) {
        super(message);
    }
}
