package org.anxin.counselor;

/** What counselors type (names, notes, lenders): control characters out, blanks trimmed, length bounded. */
final class Inputs {

    private Inputs() {
    }

    /** One required line of at most {@code max} characters; explains in English what is wrong (CLI and console). */
    static String line(String raw, int max, String what) {
        String text = optional(raw, max, what);
        if (text == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text;
    }

    /** Like {@link #line}, but empty means absent (null). Line breaks become spaces. */
    static String optional(String raw, int max, String what) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                b.appendCodePoint(cp);
            }
        });
        String text = b.toString().replaceAll(" {2,}", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return text;
    }
}
