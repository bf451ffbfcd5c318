package org.anxin.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.anxin.dialog.Action;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Moment;

/**
 * The locker's dialog actions, pure like the engine. A flow collects an incident's fields in {@code incident.*}
 * slots and runs {@code evidence.add}; {@code evidence.list} writes the numbered list and the counts;
 * {@code evidence.pick} finds the incident numbered {@code evidence.n}, which {@code evidence.update} changes (the
 * field named by {@code evidence.field}, from {@code incident.<field>}) and {@code evidence.delete} removes;
 * {@code evidence.letter} offers the locker to a letter's timeline and evidence fields.
 */
public final class LockerActions {

    /** The fields an incident has, as the flow names them ({@code incident.when} …). */
    public static final List<String> FIELDS = List.of("when", "channel", "number", "who", "what");
    /** What the lists and counts say: each line's parts, the counts, the days, parts of a day and channels by name. */
    static final List<String> MESSAGES = Stream.of(Stream.of("evidence.line", "evidence.line_number", "evidence.line_who",
            "evidence.line_what", "evidence.line_files", "evidence.count_total", "evidence.count_day",
            "evidence.count_kind", "evidence.count_separator", "evidence.count_night", "evidence.day.today",
            "evidence.day.yesterday"), Arrays.stream(Moment.DayPart.values()).map(p -> "evidence.part." + p.key()),
            Locker.CHANNELS.stream().map(c -> "evidence.channel." + c)).flatMap(s -> s).toList();

    private LockerActions() {
    }

    public static Map<String, Action> all() {
        return Map.of(
                "evidence.add", action(LockerActions::add, "evidence.added", "evidence.count"),
                "evidence.list", action(LockerActions::list, "evidence.listing", "evidence.counts", "evidence.count",
                        "evidence.any"),
                "evidence.pick", action(LockerActions::pick, "evidence.found", "evidence.shown"),
                "evidence.update", action(LockerActions::update, "evidence.shown"),
                "evidence.delete", action(LockerActions::delete, "evidence.count"),
                "evidence.letter", action(LockerActions::letter),
                "evidence.from_analysis", action(LockerActions::fromAnalysis, "incident.what"));
    }

    static Action.Result add(Action.Context c) {
        Map<String, String> s = c.slots();
        String when = s.getOrDefault("incident.when", c.at().toString());
        List<String> labels = s.get("incident.labels") == null ? List.of()
                : Arrays.stream(s.get("incident.labels").split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        Incident incident = new Incident(Locker.nextId(c.evidence()), when, s.getOrDefault("incident.channel", "other"),
                blankToNull(s.get("incident.number")), blankToNull(s.get("incident.who")), s.getOrDefault("incident.what", ""),
                labels, List.of());
        List<Incident> all = new ArrayList<>(c.evidence());
        all.add(incident);
        Locker locker = new Locker(all, c.zone());
        Map<String, String> changes = clearIncident(s);
        changes.put("evidence.added", String.valueOf(locker.numberOf(incident.id())));
        changes.put("evidence.count", String.valueOf(all.size()));
        return new Action.Result(changes, all);
    }

    /**
     * Starts an incident from a collection message the analyzer read ({@code analysis.text}, optional
     * {@code analysis.time} and {@code analysis.labels}), so that the flow asks only what is missing. The analysis
     * slots are taken, so the same message is not logged twice.
     */
    static Action.Result fromAnalysis(Action.Context c) {
        Map<String, String> s = c.slots();
        Map<String, String> changes = new HashMap<>();
        changes.put("incident.what", s.getOrDefault("analysis.text", ""));
        Moment.fromSlot(s.get("analysis.time"), c.zone()).ifPresent(m -> changes.put("incident.when", m.slotValue(c.zone())));
        if (s.get("analysis.labels") != null) {
            changes.put("incident.labels", s.get("analysis.labels"));
        }
        List.of("analysis.text", "analysis.time", "analysis.labels").forEach(k -> changes.put(k, null));
        return new Action.Result(changes, c.evidence());
    }

    static Action.Result list(Action.Context c) {
        Locker locker = new Locker(c.evidence(), c.zone());
        Map<String, String> changes = new HashMap<>();
        changes.put("evidence.listing", String.join("\n", lines(c, true)));
        changes.put("evidence.counts", counts(locker, c));
        changes.put("evidence.count", String.valueOf(locker.incidents().size()));
        changes.put("evidence.any", locker.isEmpty() ? "no" : "yes");
        return new Action.Result(changes, c.evidence());
    }

    static Action.Result pick(Action.Context c) {
        Locker locker = new Locker(c.evidence(), c.zone());
        int n = number(c.slots().get("evidence.n"));
        Incident incident = locker.numbered(n);
        Map<String, String> changes = new HashMap<>();
        changes.put("evidence.n", null); // asked afresh each time, never offered as "keep"
        changes.put("evidence.found", incident == null ? "no" : "yes");
        changes.put("evidence.target", incident == null ? null : String.valueOf(incident.id()));
        changes.put("evidence.shown", incident == null ? "" : line(locker, n, c));
        return new Action.Result(changes, c.evidence());
    }

    static Action.Result update(Action.Context c) {
        String field = c.slots().get("evidence.field");
        String value = field == null ? null : c.slots().get("incident." + field);
        Integer id = target(c);
        Map<String, String> changes = clearIncident(c.slots());
        changes.put("evidence.field", null);
        if (id == null || value == null || !FIELDS.contains(field)) {
            changes.put("evidence.shown", "");
            return new Action.Result(changes, c.evidence());
        }
        List<Incident> all = c.evidence().stream().map(i -> i.id() == id ? i.with(field, value) : i).toList();
        Locker locker = new Locker(all, c.zone());
        changes.put("evidence.shown", line(locker, locker.numberOf(id), c));
        return new Action.Result(changes, all);
    }

    static Action.Result delete(Action.Context c) {
        Integer id = target(c);
        List<Incident> all = c.evidence().stream().filter(i -> id == null || i.id() != id).toList();
        Map<String, String> changes = new HashMap<>();
        changes.put("evidence.target", null);
        changes.put("evidence.count", String.valueOf(all.size()));
        return new Action.Result(changes, all);
    }

    /**
     * Fills a letter's timeline and evidence from the locker, unless the user typed their own: what the action
     * wrote is offered on the user's behalf (the engine keeps it with its progress), and only a field still holding
     * it is refreshed.
     */
    static Action.Result letter(Action.Context c) {
        Map<String, String> changes = new HashMap<>();
        Map<String, String> offers = new HashMap<>();
        Locker locker = new Locker(c.evidence(), c.zone());
        offer(changes, offers, c, "letter.timeline", locker.isEmpty() ? null : LetterEvidence.timelineText(locker, c.dialogs().messages(), c.locale()));
        offer(changes, offers, c, "letter.evidence", LetterEvidence.filesText(locker, c.dialogs().messages(), c.locale()));
        return new Action.Result(changes, c.evidence(), offers);
    }

    private static void offer(Map<String, String> changes, Map<String, String> offers, Action.Context c, String slot,
            String text) {
        String earlier = c.offered().get(slot);
        String current = c.slots().get(slot);
        boolean ours = current == null || current.equals(earlier);
        if (!ours) {
            return;
        }
        boolean offered = text != null && !text.isBlank();
        changes.put(slot, offered ? text : earlier != null ? null : current);
        offers.put(slot, offered ? text : null);
    }

    /**
     * Every incident as the chat lists it, numbered by when it happened (the numbers users see and type). Days are
     * 今天 and 昨天 when {@code relativeDays}; a document read later says the date instead.
     */
    public static List<String> lines(Action.Context c, boolean relativeDays) {
        Locker locker = new Locker(c.evidence(), c.zone());
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= locker.incidents().size(); n++) {
            lines.add(line(locker, n, c, relativeDays));
        }
        return lines;
    }

    static String line(Locker locker, int n, Action.Context c) {
        return line(locker, n, c, true);
    }

    /** One incident as the chat lists it: number, when, how, from which number, who was contacted, what was said. */
    private static String line(Locker locker, int n, Action.Context c, boolean relativeDays) {
        Incident incident = locker.numbered(n);
        Map<String, String> values = new HashMap<>();
        values.put("n", String.valueOf(n));
        values.put("when", when(locker.moment(incident), c, relativeDays));
        values.put("channel", c.text("evidence.channel." + incident.channel(), Map.of()));
        values.put("number", incident.number() == null ? "" : c.text("evidence.line_number", Map.of("number", incident.number())));
        values.put("who", incident.who() == null ? "" : c.text("evidence.line_who", Map.of("who", incident.who())));
        values.put("what", incident.what().isBlank() ? "" : c.text("evidence.line_what", Map.of("what", shorten(incident.what()))));
        values.put("files", incident.files().isEmpty() ? ""
                : c.text("evidence.line_files", Map.of("count", String.valueOf(incident.files().size()))));
        return c.text("evidence.line", values);
    }

    /** Counts by day and channel, with how many came between 22:00 and 08:00. */
    static String counts(Locker locker, Action.Context c) {
        if (locker.isEmpty()) {
            return "";
        }
        LocalDate today = LocalDate.ofInstant(c.at(), c.zone());
        List<String> lines = new ArrayList<>();
        lines.add(c.text("evidence.count_total", Map.of("count", String.valueOf(locker.incidents().size()),
                "night", String.valueOf(locker.atNight()))));
        for (Locker.Day day : locker.days()) {
            List<String> kinds = new ArrayList<>();
            day.byChannel().forEach((channel, count) -> kinds.add(c.text("evidence.count_kind",
                    Map.of("channel", c.text("evidence.channel." + channel, Map.of()), "count", String.valueOf(count)))));
            String night = day.atNight() == 0 ? "" : c.text("evidence.count_night", Map.of("count", String.valueOf(day.atNight())));
            lines.add(c.text("evidence.count_day", Map.of("day", dayName(day.date(), today, c),
                    "kinds", String.join(c.text("evidence.count_separator", Map.of()), kinds), "night", night)));
        }
        return String.join("\n", lines);
    }

    private static String when(Moment m, Action.Context c, boolean relativeDays) {
        LocalDate today = LocalDate.ofInstant(c.at(), c.zone());
        String day = relativeDays ? dayName(m.date(), today, c) : Locker.day(m.date(), today, c.locale());
        String time = m.time() != null ? String.format("%02d:%02d", m.time().getHour(), m.time().getMinute())
                : m.part() != null ? c.text("evidence.part." + m.part().key(), Map.of()) : "";
        return time.isEmpty() ? day : day + " " + time;
    }

    private static String dayName(LocalDate date, LocalDate today, Action.Context c) {
        if (date.equals(today)) {
            return c.text("evidence.day.today", Map.of());
        }
        if (date.equals(today.minusDays(1))) {
            return c.text("evidence.day.yesterday", Map.of());
        }
        return Locker.day(date, today, c.locale());
    }

    /** A long pasted message is shortened in lists; the whole text stays in the incident and in letters. */
    private static String shorten(String what) {
        String oneLine = what.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= 60 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 60)) + "…";
    }

    private static Map<String, String> clearIncident(Map<String, String> slots) {
        Map<String, String> changes = new HashMap<>();
        slots.keySet().stream().filter(k -> k.startsWith("incident.")).forEach(k -> changes.put(k, null));
        return changes;
    }

    private static Integer target(Action.Context c) {
        int id = number(c.slots().get("evidence.target"));
        return id > 0 ? id : null;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : new java.math.BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Action action(Function<Action.Context, Action.Result> apply, String... writes) {
        return Action.of(apply, Set.of(writes));
    }
}
