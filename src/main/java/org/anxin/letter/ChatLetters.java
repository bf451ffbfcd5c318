package org.anxin.letter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.Dates;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Document;
import org.anxin.dialog.Form;
import org.anxin.dialog.Messages;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.evidence.LetterEvidence;
import org.anxin.evidence.Locker;

/**
 * Turns what a user told the bot into a letter. The chat keeps every answer as text in a slot; here lists become
 * one item per line, timeline lines become dated incidents, and the letter is dated the day it is made, in the
 * user's time zone. The same answers always give the same letter, so a download can be rendered again at any time.
 */
public final class ChatLetters {

    /** Said when an answer cannot go into a letter as it is. */
    public static final String NEEDS_FIX = "letters.needs_fix";

    /** A timeline line starts with its date: 2026-11-20, 2026/11/20, 2026年11月20日, 11月20日, 今天, 昨天 or 前天. */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}[日号]?|\\d{1,2}月\\d{1,2}[日号]|今天|昨天|前天|today|yesterday)\\s*[,，、:：]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Letters letters;
    private final DialogEngine engine;

    public ChatLetters(Letters letters, DialogEngine engine) {
        this.letters = letters;
        this.engine = engine;
    }

    /**
     * A letter ready to deliver, or the field the user still has to put right. Either way {@link #text()} is what the
     * chat shows: the letter, or a kind sentence naming the field in the user's language.
     */
    public sealed interface Prepared {
        String kind();

        String text();

        record Ready(String kind, String title, String locale, String text, Map<String, Object> answers) implements Prepared {
        }

        record NeedsFix(String kind, String fieldLabel, String problem, String text) implements Prepared {
        }
    }

    public Prepared prepare(Document document, DialogState state, Instant now) {
        Form form = engine.dialogs().forms().get(document.kind());
        LetterKind kind = letters.kind(document.kind());
        String locale = letters.localeFor(kind.id(), document.locale());
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(state.zone()));
        Map<String, Object> answers = new LinkedHashMap<>();
        Locker locker = new Locker(state.evidence(), ZoneId.of(state.zone()));
        for (Form.Field field : form.fields()) {
            String value = state.slots().get(field.slot());
            if (value == null || value.isBlank()) {
                continue;
            }
            FieldType type = kind.field(field.name()).map(LetterField::type).orElse(FieldType.TEXT);
            if (fromLocker(state, field.slot(), value)) {
                // Offered by the locker and not changed by the user: the incidents and files themselves, as they are now.
                Messages words = engine.dialogs().messages();
                answers.put(field.name(), type == FieldType.TIMELINE ? LetterEvidence.timeline(locker, words, locale)
                        : LetterEvidence.files(locker, words, locale));
            } else {
                answers.put(field.name(), convert(type, value, today, locale));
            }
        }
        answers.put(DialogLoader.DATED_FIELD, today.toString());
        if (state.slots().get("lender.type") != null) {
            answers.put(LenderTypes.ANSWER_KEY, state.slots().get("lender.type"));
        }
        try {
            letters.validate(kind.id(), answers);
            return new Prepared.Ready(kind.id(), kind.title(state.locale()), locale, letters.text(kind.id(), locale, answers), answers);
        } catch (InvalidAnswerException e) {
            String name = e.field().replaceAll("\\[.*$", "");
            Form.Field field = form.field(name);
            String label = field == null ? name : field.label().getOrDefault(state.locale(), field.label().get(Letters.MAIN_LOCALE));
            return new Prepared.NeedsFix(kind.id(), label, e.getMessage(),
                    say(state.locale(), NEEDS_FIX, Map.of("label", label)));
        }
    }

    /** Whether the answer is still as the locker offered it on the user's behalf (only the locker offers these fields). */
    private static boolean fromLocker(DialogState state, String slot, String value) {
        return value.equals(state.progress().offered().get(slot)) && !state.evidence().isEmpty();
    }

    /** A sentence from the dialogs messages, for the channels that deliver letters. */
    public String say(String locale, String key, Map<String, String> values) {
        return engine.dialogs().messages().text(locale, key, values);
    }

    public byte[] render(Prepared.Ready letter, LetterFormat format) {
        return letters.render(letter.kind(), letter.locale(), letter.answers(), format);
    }

    private static Object convert(FieldType type, String value, LocalDate today, String locale) {
        return switch (type) {
            case LIST -> lines(value);
            case TIMELINE -> lines(value).stream().map(line -> incident(line, today, locale)).toList();
            default -> value;
        };
    }

    private static List<String> lines(String value) {
        List<String> items = new ArrayList<>();
        for (String line : value.split("[\\n；;]")) {
            if (!line.isBlank()) {
                items.add(line.strip());
            }
        }
        return items;
    }

    /** Channels recognised in what the user wrote, in the letter's language; the first that matches names it. */
    private static final List<Map.Entry<Pattern, List<String>>> CHANNELS = List.of(
            Map.entry(Pattern.compile("短信|sms|text message|texted", Pattern.CASE_INSENSITIVE), List.of("短信", "text message")),
            Map.entry(Pattern.compile("微信|wechat", Pattern.CASE_INSENSITIVE), List.of("微信", "WeChat")),
            Map.entry(Pattern.compile("上门|家门|visit", Pattern.CASE_INSENSITIVE), List.of("上门", "home visit")),
            Map.entry(Pattern.compile("电话|来电|致电|call|phone", Pattern.CASE_INSENSITIVE), List.of("电话", "phone call")));

    private static String channel(String line, String locale) {
        int language = locale.startsWith("zh") ? 0 : 1;
        return CHANNELS.stream().filter(c -> c.getKey().matcher(line).find()).map(c -> c.getValue().get(language))
                .findFirst().orElse(language == 0 ? "其他方式" : "other");
    }

    /**
     * One incident from a line such as "11月20日 晚上11点 打电话骂我"; a line without a date keeps it empty. The
     * channel and date are read in simplified characters (來電 as 来电); what happened is kept as the user wrote it.
     */
    private static Map<String, Object> incident(String line, LocalDate today, String locale) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("channel", channel(ChineseScript.toSimplified(line), locale));
        Matcher m = LEADING_DATE.matcher(line);
        if (m.matches()) {
            incident.put("date", isoDate(m.group(1), today));
            incident.put("what", m.group(2).isBlank() ? line : m.group(2).strip());
        } else {
            incident.put("date", "");
            incident.put("what", line);
        }
        return incident;
    }

    /** An ISO date for what the user wrote; one that cannot be read is kept as written, and the user is asked to fix it. */
    private static String isoDate(String written, LocalDate today) {
        return Dates.parse(ChineseScript.toSimplified(written), today).map(LocalDate::toString).orElse(written);
    }
}
