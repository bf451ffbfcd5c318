package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of logic a step runs with {@code do: name}. Like the engine it is pure: it reads the answers and
 * the turn's time and returns slot changes (a null value removes a slot).
 */
@FunctionalInterface
public interface Action {

    Map<String, String> run(Map<String, String> slots, Instant at);

    /**
     * What the engine calls. An action that writes sentences, or reads a relative date, overrides it to use the
     * conversation's locale, zone, messages and knowledge; the others only need the slots and the time.
     */
    default Map<String, String> run(Map<String, String> slots, Context context) {
        return run(slots, context.at());
    }

    /** The slots it always sets, so that the validator knows messages after it may show them. */
    default Set<String> writes() {
        return Set.of();
    }

    /** The turn's time, the conversation's zone and locale, and the dialogs (messages, knowledge) to speak with. */
    record Context(Instant at, ZoneId zone, String locale, DialogSet dialogs) {
    }
}
