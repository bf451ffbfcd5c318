package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of logic a step runs with {@code do: name}. Like the engine it is pure: it reads the answers and
 * the turn's time and returns slot changes (a null value removes a slot). An action that writes sentences or reads
 * a relative date overrides {@link #run(Map, Context)}; one that also reads or changes the evidence locker overrides
 * {@link #apply}, which sees the whole {@link Context}.
 */
@FunctionalInterface
public interface Action {

    Map<String, String> run(Map<String, String> slots, Instant at);

    /** Slot changes, with the conversation's locale, zone and dialogs at hand; by default only the time is used. */
    default Map<String, String> run(Map<String, String> slots, Context context) {
        return run(slots, context.at());
    }

    /** What the engine calls: slot changes and the locker afterwards (unchanged unless overridden). */
    default Result apply(Context context) {
        return new Result(run(context.slots(), context), context.evidence());
    }

    /** The slots it always sets, so that the validator knows messages after it may show them. */
    default Set<String> writes() {
        return Set.of();
    }

    /**
     * What an action may read: the answers, the turn's time, the user's zone and language, the locker, and the
     * dialogs (messages, knowledge) to speak with.
     */
    record Context(Map<String, String> slots, Instant at, ZoneId zone, String locale, List<Incident> evidence,
            DialogSet dialogs) {

        public Context {
            slots = Map.copyOf(slots);
            evidence = List.copyOf(evidence);
        }

        /** A sentence in the user's language. */
        public String text(String key, Map<String, String> values) {
            return dialogs.messages().text(locale, key, values);
        }
    }

    /** Slot changes (a null value removes a slot) and the locker as it is afterwards. */
    record Result(Map<String, String> slots, List<Incident> evidence) {
    }
}
