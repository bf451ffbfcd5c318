package org.anxin.dialog;

import java.time.Instant;
import java.util.List;

/**
 * One logged incident of debt collection: {@code when} as {@link Moment#slotValue} (the instant, or the day and
 * part of day the user gave), the channel ({@code call}, {@code sms}, {@code wechat}, {@code visit}, {@code relative}),
 * the number or account it came from, who was contacted, what was said, the labels an analysis gave the message
 * (THREAT, INSULT…) and the files kept with it. {@code id} stays the same while the incident lives; users see
 * incidents numbered by time instead.
 */
public record Incident(int id, String when, String channel, String number, String who, String what,
        List<String> labels, List<File> files) {

    public Incident {
        labels = labels == null ? List.of() : List.copyOf(labels);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Incidents in the order users see them numbered: by when they happened, then by when they were logged. */
    public static List<Incident> inOrder(List<Incident> incidents, java.time.ZoneId zone) {
        java.util.List<Incident> sorted = new java.util.ArrayList<>(incidents);
        sorted.sort(java.util.Comparator.comparing((Incident i) -> i.moment(zone).instant(zone)).thenComparing(Incident::id));
        return List.copyOf(sorted);
    }

    /** When it happened; a stored value that cannot be read (never written by Anxin) counts as the earliest. */
    public Moment moment(java.time.ZoneId zone) {
        return Moment.fromSlot(when, zone).orElse(new Moment(java.time.LocalDate.of(1970, 1, 1), null, null));
    }

    public Incident with(String field, String value) {
        return new Incident(id, "when".equals(field) ? value : when, "channel".equals(field) ? value : channel,
                "number".equals(field) ? value : number, "who".equals(field) ? value : who,
                "what".equals(field) ? value : what, labels, files);
    }

    public Incident withFile(File file) {
        List<File> all = new java.util.ArrayList<>(files);
        all.add(file);
        return new Incident(id, when, channel, number, who, what, labels, all);
    }

    /**
     * A file kept as evidence: {@code ref} names the stored bytes (its SHA-256 suffices within one conversation),
     * with the name and type it came with, its size, SHA-256 and when it was received.
     */
    public record File(String ref, String name, String type, long size, String sha256, Instant received) {
    }
}
