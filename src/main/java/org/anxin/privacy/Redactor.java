package org.anxin.privacy;

import java.util.regex.Pattern;

/**
 * Takes personal data out of a line of text before it is written to a log: long digit runs (phone, Chinese ID, bank
 * card numbers, with or without spaces and dashes; an ID may end in X) and runs of Chinese text, which in Anxin's
 * English logs can only be something a user wrote. What stays is enough to follow what the system did.
 */
public final class Redactor {

    /** Seven digits or more, optionally grouped by single spaces or dashes, optionally ending in an ID's X. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{Alnum}])\\+?(?:\\d[ -]?){6,}\\d[Xx]?(?![\\p{Alnum}])");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    private Redactor() {
    }

    public static String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String out = NUMBER.matcher(line).replaceAll("[number]");
        return CHINESE.matcher(out).replaceAll("[text]");
    }
}
