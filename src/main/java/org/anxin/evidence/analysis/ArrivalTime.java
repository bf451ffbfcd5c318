package org.anxin.evidence.analysis;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.dialog.Dates;

/**
 * Reads when a message arrived, as a borrower says it: 23:40, 2026-11-20 23:40, 昨晚11点40, 凌晨两点半, 晚上十一点,
 * yesterday 11:40pm. The day is optional (read with {@link Dates}, relative words against {@code today}); a time
 * of day is not. Gives {@code 2026-11-20T23:40}, or {@code 23:40} when no day was said.
 */
public final class ArrivalTime {

    private static final Pattern CLOCK = Pattern.compile(
            "([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})\\s*(?::|点钟?|时)\\s*([0-9]{1,2}|[零一二三四五六七八九十]{1,3}|半)?\\s*分?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
                    + "|([0-9]{1,2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Pattern EVENING = Pattern.compile("晚上|晚|夜里|夜间|深夜|下午|傍晚|pm|p\\.m\\.|evening|night|tonight");
    private static final Pattern NIGHT_EARLY = Pattern.compile("凌晨|半夜|午夜");
    private static final Pattern NOON = Pattern.compile("中午");

    private ArrivalTime() {
    }

    /** The time it arrived, as an ISO local date-time or a local time; empty when the text says no time of day. */
    public static Optional<String> parse(String said, LocalDate today) {
        if (said == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(said, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("(?<=\\d)t(?=\\d)", " ");
        Matcher clock = CLOCK.matcher(t);
        if (!clock.find()) {
            return Optional.empty();
        }
        Integer hour = number(clock.group(1) != null ? clock.group(1) : clock.group(4));
        String minuteText = clock.group(2);
        Integer minute = minuteText == null ? Integer.valueOf(0) : "半".equals(minuteText) ? Integer.valueOf(30) : number(minuteText);
        String suffix = clock.group(3) != null ? clock.group(3) : clock.group(5);
        if (hour == null || minute == null || hour > 24 || minute > 59) {
            return Optional.empty();
        }
        String rest = (t.substring(0, clock.start()) + " " + t.substring(clock.end())).strip();
        boolean evening = EVENING.matcher(rest).find() || suffix != null && suffix.startsWith("p");
        if (evening && hour < 12) {
            hour += 12;
        } else if ((NIGHT_EARLY.matcher(rest).find() || suffix != null && suffix.startsWith("a")) && hour == 12) {
            hour = 0;
        } else if (NOON.matcher(rest).find() && hour < 6) {
            hour += 12;
        }
        if (hour == 24) {
            hour = 0;
        }
        LocalTime time = LocalTime.of(hour, minute);
        String day = rest.replaceAll("昨晚|昨夜", "昨天").replaceAll("今晚|今早|今夜", "今天")
                .replaceAll("晚上|夜里|夜间|深夜|下午|傍晚|凌晨|半夜|午夜|中午|早上|早晨|上午|早|晚|的|左右|大概|大约|在|at|around|about|evening|night|morning|tonight", "")
                .replaceAll("[,，。.\\s]+", " ").strip();
        if (day.isEmpty()) {
            return Optional.of(time.toString());
        }
        try {
            return Dates.parse(day, today).map(d -> LocalDateTime.of(d, time).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The local time of a value {@link #parse} gave. */
    public static LocalTime timeOf(String value) {
        return value.contains("T") ? LocalDateTime.parse(value).toLocalTime() : LocalTime.parse(value);
    }

    /** 0 to 59 in digits or in Chinese numerals (十一, 二十三, 两). */
    private static Integer number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(text);
        }
        String digits = "零一二三四五六七八九";
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? Integer.valueOf(text.equals("两") ? 2 : digits.indexOf(text.charAt(0))) : null;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1));
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }
}
