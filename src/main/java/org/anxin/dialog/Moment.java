package org.anxin.dialog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When something happened, as precisely as the user said it: a day, and a time of day or only a part of the day
 * (下午, "evening"), or neither. Read with {@link Dates#parseMoment}; kept in a slot as {@link #slotValue}: an instant
 * ({@code 2026-11-19T14:00:00Z}) when the time is known, otherwise the day and the part ({@code 2026-11-18 afternoon}).
 */
public record Moment(LocalDate date, LocalTime time, DayPart part) {

    /** Parts of a day people name instead of a time; {@code night} and {@code early} lie between 22:00 and 08:00. */
    public enum DayPart {
        EARLY, MORNING, NOON, AFTERNOON, EVENING, NIGHT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Moment {
        if (time != null) {
            part = null;
        }
    }

    /** The instant it names in the user's zone; a day without a time counts from the start of the day. */
    public Instant instant(ZoneId zone) {
        return date.atTime(time != null ? time : LocalTime.MIDNIGHT).atZone(zone).toInstant();
    }

    /** Between 22:00 and 08:00: a time in those hours, or 深夜/凌晨 ("late at night", "early morning"). */
    public boolean atNight() {
        if (time != null) {
            return time.getHour() >= 22 || time.getHour() < 8;
        }
        return part == DayPart.NIGHT || part == DayPart.EARLY;
    }

    public String slotValue(ZoneId zone) {
        if (time != null) {
            return instant(zone).toString();
        }
        return part == null ? date.toString() : date + " " + part.key();
    }

    /** Reads a stored value back (also a plain ISO date, as the date answer stores). */
    public static Optional<Moment> fromSlot(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.contains("T")) {
                // An instant as the datetime answer stores it, or a local date-time as the analyzer reads one.
                ZonedDateTime at = value.strip().endsWith("Z") ? Instant.parse(value.strip()).atZone(zone)
                        : java.time.LocalDateTime.parse(value.strip()).atZone(zone);
                return Optional.of(new Moment(at.toLocalDate(), at.toLocalTime(), null));
            }
            String[] parts = value.strip().split(" ", 2);
            DayPart part = parts.length > 1 ? DayPart.valueOf(parts[1].toUpperCase(Locale.ROOT)) : null;
            return Optional.of(new Moment(LocalDate.parse(parts[0]), null, part));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
