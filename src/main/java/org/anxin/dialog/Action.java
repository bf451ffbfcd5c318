package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of logic a step runs with {@code do: name}. Like the engine it is pure: it reads the answers and
 * the turn's time and returns slot changes (a null value removes a slot). An action that also reads or changes
 * the evidence locker overrides {@link #apply}, which sees the whole {@link Context}.
 */
@FunctionalInterface
public interface Action {

    Map<String, String> run(Map<String, String> slots, Instant at);

    /** The slots it always sets, so that the validator knows messages after it may show them. */
    default Set<String> writes() {
        return Set.of();
    }

    default Result apply(Context context) {
        return new Result(run(context.slots(), context.at()), context.evidence());
    }

    /** What an action may read: the answers, the turn's time, the user's zone and language, the locker. */
    record Context(Map<String, String> slots, Instant at, ZoneId zone, String locale, List<Incident> evidence,
            Messages messages) {

        public Context {
            slots = Map.copyOf(slots);
            evidence = List.copyOf(evidence);
        }

        /** A sentence in the user's language. */
        public String text(String key, Map<String, String> values) {
            return messages.text(locale, key, values);
        }
    }

    /** Slot changes (a null value removes a slot) and the locker as it is afterwards. */
    record Result(Map<String, String> slots, List<Incident> evidence) {
    }
}
