package org.anxin.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Messages;
import org.anxin.dialog.Moment;

/**
 * The locker as letters take it: a timeline of incidents ({date, time, channel, number, what, who}, dates in the
 * user's zone) and an evidence list of the files kept, each with its size, SHA-256 and when it was received.
 * Letters go to Chinese institutions, so the words are the letter's language, zh-CN or en; they live in the dialogs
 * messages under {@code evidence.letter.*}.
 */
public final class LetterEvidence {

    /** What letters say of the locker; a missing one would print its key into a letter. */
    static final List<String> MESSAGES = Stream.of(Stream.of("evidence.letter.account", "evidence.letter.in_part",
            "evidence.letter.line", "evidence.letter.file", "evidence.letter.see_attached", "evidence.letter.no_details"),
            Arrays.stream(Moment.DayPart.values()).map(p -> "evidence.letter.part." + p.name().toLowerCase(Locale.ROOT)),
            Locker.CHANNELS.stream().map(c -> "evidence.letter.channel." + c)).flatMap(s -> s).toList();

    private LetterEvidence() {
    }

    /** The incidents in time order as letter timeline entries. */
    public static List<Map<String, Object>> timeline(Locker locker, Messages messages, String locale) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Incident incident : locker.incidents()) {
            Moment moment = locker.moment(incident);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", moment.date().toString());
            if (moment.time() != null) {
                entry.put("time", locker.clock(incident));
            }
            String channel = messages.text(locale, "evidence.letter.channel." + known(incident.channel()), Map.of());
            String number = incident.number();
            if (number != null && !number.replaceAll("[\\s\\-()（）]", "").matches("\\+?\\d{3,20}")) {
                // A WeChat id or other account is not a phone number: it goes with the channel.
                channel = messages.text(locale, "evidence.letter.account", Map.of("channel", channel, "account", number));
                number = null;
            }
            entry.put("channel", channel);
            if (number != null) {
                entry.put("number", number);
            }
            String what = incident.what().isBlank() ? fileNames(incident, messages, locale) : incident.what().strip();
            if (moment.time() == null && moment.part() != null) {
                what = messages.text(locale, "evidence.letter.in_part", Map.of(
                        "part", messages.text(locale, "evidence.letter.part." + moment.part().name().toLowerCase(Locale.ROOT), Map.of()),
                        "what", what));
            }
            entry.put("what", what);
            if (incident.who() != null) {
                entry.put("who", incident.who());
            }
            entries.add(entry);
        }
        return entries;
    }

    /** Every file kept, with the incident it belongs to, its size, SHA-256 and when it was received. */
    public static List<String> files(Locker locker, Messages messages, String locale) {
        return files(locker, messages, locale, "evidence.letter.file");
    }

    /**
     * Every file kept, worded by the message {@code key}, which may name its {@code name}, the incident's number
     * {@code n}, {@code type}, {@code size}, {@code received} and {@code sha256}.
     */
    public static List<String> files(Locker locker, Messages messages, String locale, String key) {
        ZoneId zone = locker.zone();
        DateTimeFormatter received = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<String> items = new ArrayList<>();
        for (int n = 1; n <= locker.incidents().size(); n++) {
            for (Incident.File file : locker.numbered(n).files()) {
                items.add(messages.text(locale, key, Map.of("name", file.name(), "n", String.valueOf(n),
                        "type", file.type(), "size", size(file.size()), "received", file.received().atZone(zone).format(received),
                        "sha256", file.sha256())));
            }
        }
        return items;
    }

    /** The timeline as the chat shows it for review, one incident a line. */
    static String timelineText(Locker locker, Messages messages, String locale) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : timeline(locker, messages, locale)) {
            StringBuilder head = new StringBuilder().append(e.get("date"));
            if (e.get("time") != null) {
                head.append(' ').append(e.get("time"));
            }
            head.append(' ').append(e.get("channel"));
            if (e.get("number") != null) {
                head.append(' ').append(e.get("number"));
            }
            lines.add(messages.text(locale, "evidence.letter.line", Map.of("head", head.toString(),
                    "what", e.get("what").toString().replaceAll("\\s+", " "))));
        }
        return String.join("\n", lines);
    }

    static String filesText(Locker locker, Messages messages, String locale) {
        return String.join("\n", files(locker, messages, locale));
    }

    private static String known(String channel) {
        return Locker.CHANNELS.contains(channel) ? channel : "other";
    }

    private static String fileNames(Incident incident, Messages messages, String locale) {
        List<String> names = incident.files().stream().map(Incident.File::name).toList();
        return names.isEmpty() ? messages.text(locale, "evidence.letter.no_details", Map.of())
                : messages.text(locale, "evidence.letter.see_attached", Map.of("names", String.join(", ", names)));
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0)
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
