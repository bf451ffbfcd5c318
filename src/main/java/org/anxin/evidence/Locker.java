package org.anxin.evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Moment;

/**
 * A read-only view of the incidents in a user's zone: numbered by when they happened (the numbers users see and
 * type), counted by day and channel, with how many fell between 22:00 and 08:00.
 */
public record Locker(List<Incident> incidents, ZoneId zone) {

    /** The channels an incident can come by, in the order the chat offers them. */
    public static final List<String> CHANNELS = List.of("call", "sms", "wechat", "visit", "relative", "other");

    public Locker {
        incidents = Incident.inOrder(incidents, zone);
    }

    public boolean isEmpty() {
        return incidents.isEmpty();
    }

    /** The incident numbered {@code n} (from 1), if there is one. */
    public Incident numbered(int n) {
        return n >= 1 && n <= incidents.size() ? incidents.get(n - 1) : null;
    }

    public int numberOf(int id) {
        for (int i = 0; i < incidents.size(); i++) {
            if (incidents.get(i).id() == id) {
                return i + 1;
            }
        }
        return 0;
    }

    public Moment moment(Incident incident) {
        return incident.moment(zone);
    }

    /** One day's count: incidents by channel (in {@link #CHANNELS} order) and how many were at night. */
    public record Day(LocalDate date, Map<String, Integer> byChannel, int atNight) {
    }

    /** Counts per day, the most recent day first. */
    public List<Day> days() {
        Map<LocalDate, List<Incident>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (Incident incident : incidents) {
            byDay.computeIfAbsent(moment(incident).date(), d -> new ArrayList<>()).add(incident);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, list) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            CHANNELS.forEach(channel -> {
                int n = (int) list.stream().filter(i -> channel.equals(i.channel())).count();
                if (n > 0) {
                    counts.put(channel, n);
                }
            });
            days.add(new Day(date, counts, (int) list.stream().filter(i -> moment(i).atNight()).count()));
        });
        return days;
    }

    public int atNight() {
        return (int) incidents.stream().filter(i -> moment(i).atNight()).count();
    }

    /** The id a new incident gets: one more than any so far, so ids are never reused within a conversation. */
    public static int nextId(List<Incident> incidents) {
        return incidents.stream().mapToInt(Incident::id).max().orElse(0) + 1;
    }

    /** How the letters show a moment: 2026-11-22 and 22:00 (or the part of day, in the letter's language). */
    public String isoDate(Incident incident) {
        return moment(incident).date().toString();
    }

    public String clock(Incident incident) {
        Moment m = moment(incident);
        return m.time() == null ? null : m.time().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** A short day as the chat shows it: 11月20日 or Nov 20, with the year when it is not this year's. */
    static String day(LocalDate date, LocalDate today, String locale) {
        boolean zh = locale.startsWith("zh");
        String pattern = date.getYear() == today.getYear() ? (zh ? "M月d日" : "MMM d") : (zh ? "yyyy年M月d日" : "MMM d, yyyy");
        return date.format(DateTimeFormatter.ofPattern(pattern, zh ? Locale.CHINA : Locale.ENGLISH));
    }
}
