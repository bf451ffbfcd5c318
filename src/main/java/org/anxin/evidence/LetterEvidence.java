package org.anxin.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Moment;

/**
 * The locker as letters take it: a timeline of incidents ({date, time, channel, number, what, who}, dates in the
 * user's zone) and an evidence list of the files kept, each with its size, SHA-256 and when it was received.
 * Letters go to Chinese institutions, so the words here are the letter's language, zh-CN or en.
 */
public final class LetterEvidence {

    private static final Map<String, List<String>> CHANNELS = Map.of(
            "call", List.of("电话", "phone call"),
            "sms", List.of("短信", "text message"),
            "wechat", List.of("微信", "WeChat"),
            "visit", List.of("上门", "home visit"),
            "relative", List.of("联系我的家人、朋友或单位", "contacted my family, friends or employer"),
            "other", List.of("其他方式", "other"));
    private static final Map<Moment.DayPart, List<String>> PARTS = Map.of(
            Moment.DayPart.EARLY, List.of("凌晨", "early morning"),
            Moment.DayPart.MORNING, List.of("上午", "morning"),
            Moment.DayPart.NOON, List.of("中午", "noon"),
            Moment.DayPart.AFTERNOON, List.of("下午", "afternoon"),
            Moment.DayPart.EVENING, List.of("晚上", "evening"),
            Moment.DayPart.NIGHT, List.of("深夜", "late at night"));

    private LetterEvidence() {
    }

    /** The incidents in time order as letter timeline entries. */
    public static List<Map<String, Object>> timeline(Locker locker, String locale) {
        int language = language(locale);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Incident incident : locker.incidents()) {
            Moment moment = locker.moment(incident);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", moment.date().toString());
            if (moment.time() != null) {
                entry.put("time", locker.clock(incident));
            }
            String channel = CHANNELS.getOrDefault(incident.channel(), CHANNELS.get("other")).get(language);
            String number = incident.number();
            if (number != null && !number.replaceAll("[\\s\\-()（）]", "").matches("\\+?\\d{3,20}")) {
                // A WeChat id or other account is not a phone number: it goes with the channel.
                channel = channel + (language == 0 ? "（账号 " + number + "）" : " (account " + number + ")");
                number = null;
            }
            entry.put("channel", channel);
            if (number != null) {
                entry.put("number", number);
            }
            String what = incident.what().isBlank() ? fileNames(incident, language) : incident.what().strip();
            if (moment.time() == null && moment.part() != null) {
                what = PARTS.get(moment.part()).get(language) + (language == 0 ? "，" : ", ") + what;
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
    public static List<String> files(Locker locker, String locale) {
        int language = language(locale);
        ZoneId zone = locker.zone();
        DateTimeFormatter received = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<String> items = new ArrayList<>();
        for (int n = 1; n <= locker.incidents().size(); n++) {
            for (Incident.File file : locker.numbered(n).files()) {
                String at = file.received().atZone(zone).format(received);
                items.add(language == 0
                        ? String.format("%s（第 %d 件事，%s，%s，%s 收到，SHA-256：%s）", file.name(), n, file.type(), size(file.size()), at, file.sha256())
                        : String.format("%s (incident %d, %s, %s, received %s, SHA-256: %s)", file.name(), n, file.type(), size(file.size()), at, file.sha256()));
            }
        }
        return items;
    }

    /** The timeline as the chat shows it for review, one incident a line. */
    static String timelineText(Locker locker, String locale) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : timeline(locker, locale)) {
            StringBuilder b = new StringBuilder().append(e.get("date"));
            if (e.get("time") != null) {
                b.append(' ').append(e.get("time"));
            }
            b.append(' ').append(e.get("channel"));
            if (e.get("number") != null) {
                b.append(' ').append(e.get("number"));
            }
            b.append(language(locale) == 0 ? "：" : ": ").append(e.get("what").toString().replaceAll("\\s+", " "));
            lines.add(b.toString());
        }
        return String.join("\n", lines);
    }

    static String filesText(Locker locker, String locale) {
        return String.join("\n", files(locker, locale));
    }

    private static String fileNames(Incident incident, int language) {
        List<String> names = incident.files().stream().map(Incident.File::name).toList();
        return names.isEmpty() ? (language == 0 ? "（未写内容）" : "(no details written)")
                : (language == 0 ? "见附件：" : "see attached: ") + String.join(", ", names);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0)
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    private static int language(String locale) {
        return locale != null && locale.startsWith("zh") ? 0 : 1;
    }
}
