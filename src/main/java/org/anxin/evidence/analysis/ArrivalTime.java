package org.anxin.evidence.analysis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.anxin.dialog.Dates;

/**
 * When a message arrived, as a borrower says it (23:40, 2026-11-20 23:40, 昨晚11点40, 凌晨两点半, yesterday 11:40pm),
 * read by the bot's one moment reader, {@link Dates#parseMoment}. Only a moment with a time of day will do: the
 * night-hours rule needs the hour.
 */
public final class ArrivalTime {

    private ArrivalTime() {
    }

    /** The local date-time it arrived, such as {@code 2026-11-20T23:40}; empty when the text says no time of day. */
    public static Optional<String> parse(String said, Instant now, ZoneId zone) {
        if (said == null) {
            return Optional.empty();
        }
        return Dates.parseMoment(said, now, zone)
                .filter(moment -> moment.time() != null)
                .map(moment -> LocalDateTime.of(moment.date(), moment.time()).toString());
    }

    /** The time of day of a value {@link #parse} gave, or of a bare {@code HH:mm}. */
    public static LocalTime timeOf(String value) {
        return value.contains("T") ? LocalDateTime.parse(value).toLocalTime() : LocalTime.parse(value);
    }
}
