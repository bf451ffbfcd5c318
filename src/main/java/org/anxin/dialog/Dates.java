package org.anxin.dialog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as borrowers write it: 2026-11-20, 2026/3/5, 2025年12月31日, 11月20日, 11/20, 今天, 昨天, 前天, today,
 * yesterday. Relative words and dates without a year are read against {@code today}, the day in the user's zone.
 * {@link #parseMoment} reads a date with a time of day as well: 昨天晚上十点, 前天下午, 11月20日 15:30, 凌晨两点半,
 * "yesterday 10pm", "last night", "11/20 3:30 pm".
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

    private static final String CN = "[零〇一二两三四五六七八九十]{1,3}";
    private static final Pattern MOMENT = Pattern.compile(
            "^(?<date>\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?|\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?"
                    + "|大前天|前天|昨天|今天|昨晚|今晚|今早|yesterday|today|last night|tonight|this)?"
                    + "[\\s,，的]*(?:at\\s+|in the\\s+)?"
                    + "(?<part>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|半夜|morning|noon|afternoon|evening|night)?"
                    + "[\\s,，的]*(?:at\\s+|around\\s+|about\\s+)?"
                    + "(?:(?<hm>\\d{1,2})\\s*[:：.]\\s*(?<mm>\\d{2})"
                    + "|(?<h>\\d{1,2}|" + CN + ")\\s*(?<unit>点钟|点|时|o'clock)?(?<half>半|一刻|三刻)?(?:\\s*(?<m>\\d{1,2}|" + CN + ")\\s*(?<fen>分)?)?)?"
                    + "\\s*(?<ampm>am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:左右|多|前后|钟)?"
                    + "[\\s,，]*(?:in the\\s+)?(?<part2>morning|afternoon|evening|night)?$");
    private static final Pattern DAY_LAST = Pattern.compile("^(.*\\d.*?)[\\s,，]+(yesterday|today|last night|tonight)$");
    private static final Map<String, Moment.DayPart> PARTS = Map.ofEntries(
            Map.entry("凌晨", Moment.DayPart.EARLY), Map.entry("清晨", Moment.DayPart.EARLY),
            Map.entry("早上", Moment.DayPart.MORNING), Map.entry("早晨", Moment.DayPart.MORNING),
            Map.entry("上午", Moment.DayPart.MORNING), Map.entry("morning", Moment.DayPart.MORNING),
            Map.entry("今早", Moment.DayPart.MORNING),
            Map.entry("中午", Moment.DayPart.NOON), Map.entry("noon", Moment.DayPart.NOON),
            Map.entry("下午", Moment.DayPart.AFTERNOON), Map.entry("afternoon", Moment.DayPart.AFTERNOON),
            Map.entry("傍晚", Moment.DayPart.EVENING), Map.entry("晚上", Moment.DayPart.EVENING),
            Map.entry("夜里", Moment.DayPart.NIGHT), Map.entry("夜间", Moment.DayPart.NIGHT),
            Map.entry("evening", Moment.DayPart.EVENING), Map.entry("昨晚", Moment.DayPart.EVENING),
            Map.entry("今晚", Moment.DayPart.EVENING), Map.entry("tonight", Moment.DayPart.EVENING),
            Map.entry("深夜", Moment.DayPart.NIGHT), Map.entry("半夜", Moment.DayPart.NIGHT),
            Map.entry("night", Moment.DayPart.NIGHT), Map.entry("last night", Moment.DayPart.NIGHT));

    /**
     * When something happened, read against {@code now} in the user's zone. A day alone, a day with a time, a part
     * of a day, or a time alone (then today, or yesterday when today's would be still to come). A date without a
     * year that lies ahead is last year's. Empty for anything else, and for a moment more than ten minutes ahead.
     */
    public static Optional<Moment> parseMoment(String text, Instant now, ZoneId zone) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "11:40pm yesterday" says the day last; read it as "yesterday 11:40pm".
        Matcher dayLast = DAY_LAST.matcher(t);
        if (dayLast.matches()) {
            t = dayLast.group(2) + " " + dayLast.group(1);
        }
        Matcher m = MOMENT.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        String dateText = m.group("date");
        String partText = m.group("part") != null ? m.group("part") : m.group("part2");
        boolean hasTime = m.group("hm") != null || m.group("h") != null;
        if (dateText == null && partText == null && !hasTime) {
            return Optional.empty();
        }
        if (m.group("ampm") != null && !hasTime) {
            return Optional.empty();
        }
        if (m.group("h") != null && m.group("unit") == null && m.group("ampm") == null && partText == null
                && m.group("half") == null) {
            return Optional.empty(); // a bare number is not a time
        }
        LocalDateTime here = LocalDateTime.ofInstant(now, zone);
        LocalDate today = here.toLocalDate();
        LocalDate date;
        boolean yearless = false;
        if (dateText == null || "this".equals(dateText)) {
            date = today;
        } else {
            Moment.DayPart implied = PARTS.get(dateText);
            if (implied != null && partText == null) {
                partText = dateText;
            }
            date = switch (dateText) {
                case "大前天" -> today.minusDays(3);
                case "前天" -> today.minusDays(2);
                case "昨天", "昨晚", "yesterday", "last night" -> today.minusDays(1);
                case "今天", "今晚", "今早", "today", "tonight" -> today;
                default -> Dates.parse(dateText, today).orElse(null);
            };
            if (date == null) {
                return Optional.empty();
            }
            yearless = !FULL_DATE.matcher(dateText).matches() && MONTH_DAY.matcher(dateText).matches();
        }
        Moment.DayPart part = partText == null ? null : PARTS.get(partText);
        LocalTime time = null;
        if (hasTime) {
            Optional<LocalTime> read = time(m, part);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            time = read.get();
            if (time.equals(LocalTime.MIDNIGHT) && (part == Moment.DayPart.EVENING || part == Moment.DayPart.NIGHT)) {
                date = date.plusDays(1); // 晚上十二点: the midnight that ends that evening
            }
        }
        if (yearless && date.isAfter(today)) {
            date = date.minusYears(1);
        }
        Moment moment = new Moment(date, time, part);
        if (dateText == null && time != null && moment.instant(zone).isAfter(now)) {
            moment = new Moment(date.minusDays(1), time, part);
        }
        LocalDateTime latest = here.plusMinutes(10);
        LocalDateTime said = moment.date().atTime(time != null ? time : LocalTime.MIDNIGHT);
        return said.isAfter(latest) ? Optional.empty() : Optional.of(moment);
    }

    private static Optional<LocalTime> time(Matcher m, Moment.DayPart part) {
        int hour;
        int minute;
        if (m.group("hm") != null) {
            hour = Integer.parseInt(m.group("hm"));
            minute = Integer.parseInt(m.group("mm"));
        } else {
            hour = number(m.group("h"));
            if (m.group("m") != null && m.group("fen") == null && m.group("unit") == null) {
                return Optional.empty(); // minutes without 点 before them or 分 after them: 1140 is not a time
            }
            String half = m.group("half");
            minute = half == null ? (m.group("m") == null ? 0 : number(m.group("m")))
                    : switch (half) {
                        case "半" -> 30;
                        case "一刻" -> 15;
                        default -> 45;
                    };
        }
        String ampm = m.group("ampm");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (ampm.startsWith("p") ? 12 : 0);
        } else if (hour <= 12 && part != null) {
            hour = switch (part) {
                case EARLY, MORNING -> hour % 12;
                case NOON -> hour < 6 ? hour + 12 : hour;
                case AFTERNOON -> hour < 12 ? hour + 12 : hour;
                case EVENING, NIGHT -> hour == 12 ? 0 : hour < 5 && part == Moment.DayPart.NIGHT ? hour : hour + 12;
            };
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** 0 to 59 in digits or in Chinese numerals (十, 十五, 二十三, 两). */
    private static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int pending = 0;
        for (char c : text.replace('两', '二').replace('〇', '零').toCharArray()) {
            if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else {
                pending = digits.indexOf(c);
            }
        }
        return value + pending;
    }
}
