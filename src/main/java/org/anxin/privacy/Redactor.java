package org.anxin.privacy;

import java.util.regex.Pattern;

/**
 * Takes personal data out of a line of text before it is written to a log: long digit runs (phone, Chinese ID, bank
 * card numbers, with or without spaces and dashes; an ID may end in X) and runs of Chinese text, which in Anxin's
 * English logs can only be something a user wrote. What stays is enough to follow what the system did. Secrets that a
 * library may put in an exception's message go too: a Telegram bot token (as in its API's URLs) and the value of an
 * {@code access_token}, {@code secret} or {@code token} parameter (WeChat's API URLs).
 */
public final class Redactor {

    /** Seven digits or more, optionally grouped by single spaces or dashes, optionally ending in an ID's X. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{Alnum}])\\+?(?:\\d[ -]?){6,}\\d[Xx]?(?![\\p{Alnum}])");
    /** A bot token, {@code 123456789:AA...}: the digits are the bot's id, the rest its secret. */
    private static final Pattern BOT_TOKEN = Pattern.compile("(?<!\\d)\\d{3,}:[A-Za-z0-9_-]{30,}");
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)\\b(access_token|secret|token)=[^&\\s\"']+");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    private Redactor() {
    }

    public static String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String out = BOT_TOKEN.matcher(line).replaceAll("[token]");
        out = SECRET_PARAMETER.matcher(out).replaceAll("$1=[secret]");
        out = NUMBER.matcher(out).replaceAll("[number]");
        return CHINESE.matcher(out).replaceAll("[text]");
    }
}
