package org.anxin.letter;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.dialog.Amounts;
import org.anxin.dialog.Phones;

/**
 * Checks answers against a kind's fields, in the kind's order, and turns them into typed values: the first missing
 * required field or wrong value throws {@link InvalidAnswerException} naming it. Answers are what JSON gives: strings,
 * numbers, lists and maps.
 */
final class AnswerParser {

    static final int MAX_TEXT = 300;
    static final int MAX_MULTILINE = 5_000;
    static final int MAX_ITEMS = 200;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:：]([0-5]\\d)");

    private AnswerParser() {
    }

    /** The typed values of the fields that have an answer; fields left empty are absent. */
    static Map<String, Object> parse(LetterKind kind, Map<String, ?> answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (LetterField field : kind.fields()) {
            Object raw = answers == null ? null : answers.get(field.name());
            Object value = isEmpty(raw) ? null : parse(field, raw);
            if (value == null) {
                if (field.required()) {
                    throw new InvalidAnswerException(field.name(), "required, but missing");
                }
                continue;
            }
            values.put(field.name(), value);
        }
        return values;
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof Collection<?> c && c.isEmpty());
    }

    private static Object parse(LetterField field, Object raw) {
        String name = field.name();
        return switch (field.type()) {
            case TEXT -> text(name, raw, false);
            case MULTILINE -> text(name, raw, true);
            case DATE -> date(name, string(name, raw, "a date such as 2026-11-20"));
            case MONEY -> money(name, raw);
            case PHONE -> phone(name, string(name, raw, "a phone number"));
            case MASKED -> masked(name, raw);
            case LIST -> list(name, raw);
            case TIMELINE -> timeline(name, raw);
        };
    }

    private static String string(String name, Object raw, String expected) {
        if (raw instanceof String s) {
            return s.strip();
        }
        throw new InvalidAnswerException(name, "expected " + expected + ", got " + describe(raw));
    }

    static String text(String name, Object raw, boolean multiline) {
        String s = string(name, raw, multiline ? "text" : "one line of text");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidAnswerException(name, "contains a control character");
            }
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        if (!multiline) {
            s = s.replaceAll("\\s*\\n\\s*", " ");
        } else {
            s = s.replaceAll("\\n{3,}", "\n\n");
        }
        int max = multiline ? MAX_MULTILINE : MAX_TEXT;
        if (s.length() > max) {
            throw new InvalidAnswerException(name, "too long (" + s.length() + " characters, at most " + max + ")");
        }
        return s;
    }

    static LocalDate date(String name, String s) {
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new InvalidAnswerException(name, "no such day: " + s);
            }
        }
        throw new InvalidAnswerException(name, "expected a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, got \"" + s + "\"");
    }

    static BigDecimal money(String name, Object raw) {
        String s = raw instanceof Number n ? new BigDecimal(n.toString()).toPlainString() : string(name, raw, "an amount such as 35000 or 3万5");
        Optional<BigDecimal> amount = Amounts.parse(s);
        if (amount.isEmpty() || amount.get().signum() <= 0) {
            throw new InvalidAnswerException(name, "expected an amount such as 35000, 3万5 or 三万五千, got \"" + s + "\"");
        }
        return amount.get();
    }

    static String phone(String name, String s) {
        return Phones.parse(s).orElseThrow(() ->
                new InvalidAnswerException(name, "expected a mainland mobile number (11 digits) or a landline with its area code, got \"" + s + "\""));
    }

    static String masked(String name, Object raw) {
        String s = raw instanceof Number n ? n.toString() : string(name, raw, "a contract or card number");
        String kept = s.replaceAll("[^0-9A-Za-z]", "");
        if (kept.length() < 4) {
            throw new InvalidAnswerException(name, "expected a contract or card number with at least 4 digits or letters");
        }
        return "****" + kept.substring(kept.length() - 4).toUpperCase(java.util.Locale.ROOT);
    }

    static List<String> list(String name, Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw new InvalidAnswerException(name, "expected a list of texts, got " + describe(raw));
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidAnswerException(name, "too many items (" + items.size() + ", at most " + MAX_ITEMS + ")");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof String)) {
                throw new InvalidAnswerException(name + "[" + (i + 1) + "]", "expected text, got " + describe(item));
            }
            String s = text(name + "[" + (i + 1) + "]", item, false);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    static List<TimelineEntry> timeline(String name, Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw new InvalidAnswerException(name, "expected a list of incidents {date, time, channel, number, what, who}, got " + describe(raw));
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidAnswerException(name, "too many incidents (" + items.size() + ", at most " + MAX_ITEMS + ")");
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = name + "[" + (i + 1) + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new InvalidAnswerException(at, "expected an incident {date, time, channel, number, what, who}, got " + describe(items.get(i)));
            }
            for (Object key : item.keySet()) {
                if (!List.of("date", "time", "channel", "number", "what", "who").contains(key)) {
                    throw new InvalidAnswerException(at + "." + key, "unknown; an incident has date, time, channel, number, what, who");
                }
            }
            LocalDate date = date(at + ".date", required(at + ".date", item.get("date")));
            String time = optional(at + ".time", item.get("time"));
            if (time != null) {
                Matcher m = TIME.matcher(time);
                if (!m.matches()) {
                    throw new InvalidAnswerException(at + ".time", "expected a time such as 23:40, got \"" + time + "\"");
                }
                time = String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
            }
            String channel = text(at + ".channel", required(at + ".channel", item.get("channel")), false);
            String number = optional(at + ".number", item.get("number"));
            if (number != null) {
                String digits = number.replaceAll("[\\s\\-()（）]", "");
                if (!digits.matches("\\+?\\d{3,20}")) {
                    throw new InvalidAnswerException(at + ".number", "expected a phone number, got \"" + number + "\"");
                }
                number = digits;
            }
            String what = text(at + ".what", required(at + ".what", item.get("what")), true);
            String who = optional(at + ".who", item.get("who"));
            out.add(new TimelineEntry(date, time, channel, number, what, who == null ? null : text(at + ".who", who, false)));
        }
        out.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(e -> e.time() == null ? "" : e.time()));
        return out.isEmpty() ? null : List.copyOf(out);
    }

    private static String required(String name, Object raw) {
        if (isEmpty(raw)) {
            throw new InvalidAnswerException(name, "required, but missing");
        }
        return string(name, raw, "text");
    }

    private static String optional(String name, Object raw) {
        return isEmpty(raw) ? null : string(name, raw, "text");
    }

    private static String describe(Object raw) {
        if (raw instanceof List<?>) {
            return "a list";
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return "the " + raw.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + raw;
        }
        return raw == null ? "nothing" : "text";
    }
}
