package org.anxin.evidence.analysis;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One label as the rules define it: abusive or lawful, the knowledge entries it cites, the phrases (regular
 * expressions, case-insensitive) that show it, phrases that cancel it when they are in the same sentence (such as
 * a warning against impersonators), phrases of which one must be somewhere in the message for the label to count at
 * all ({@code needs}: a reminder is lawful only when it points to an official channel), and for {@code OFF_HOURS} the
 * hours it covers.
 */
public record LabelRule(String name, boolean abusive, List<String> cite, List<Pattern> phrases, List<Pattern> unless,
        List<Pattern> needs, Hours hours) {

    public LabelRule {
        cite = List.copyOf(cite);
        phrases = List.copyOf(phrases);
        unless = List.copyOf(unless);
        needs = List.copyOf(needs);
    }

    /** Whether the message holds what this label needs to count (always, for a label that needs nothing). */
    public boolean allowedIn(String message) {
        return needs.isEmpty() || needs.stream().anyMatch(p -> p.matcher(message).find());
    }

    /** A span of the day, {@code from} included and {@code to} not; it may run over midnight (22:00 to 08:00). */
    public record Hours(LocalTime from, LocalTime to) {

        public boolean contains(LocalTime time) {
            return from.isAfter(to)
                    ? !time.isBefore(from) || time.isBefore(to)
                    : !time.isBefore(from) && time.isBefore(to);
        }
    }
}
