package org.anxin.dialog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as borrowers write it: 2026-11-20, 2026/3/5, 2025年12月31日, 11月20日, 11/20, 今天, 昨天, 前天, today,
 * yesterday. Relative words and dates without a year are read against {@code today}, the day in the user's zone.
 */
public final class Dates {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");

    private Dates() {
    }

    /** The date, or empty when the text is not one (or names a day that does not exist). */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "今天", "today" -> {
                return Optional.of(today);
            }
            case "昨天", "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            case "前天" -> {
                return Optional.of(today.minusDays(2));
            }
            default -> {
            }
        }
        try {
            Matcher full = FULL_DATE.matcher(t);
            if (full.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3))));
            }
            Matcher monthDay = MONTH_DAY.matcher(t);
            if (monthDay.matches()) {
                return Optional.of(LocalDate.of(today.getYear(), Integer.parseInt(monthDay.group(1)),
                        Integer.parseInt(monthDay.group(2))));
            }
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
