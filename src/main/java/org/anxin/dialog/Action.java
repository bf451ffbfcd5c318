package org.anxin.dialog;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of logic a step runs with {@code do: name}. Like the engine it is pure: it reads the answers and
 * the turn's time and returns slot changes (a null value removes a slot).
 */
@FunctionalInterface
public interface Action {

    Map<String, String> run(Map<String, String> slots, Instant at);

    /** The slots it always sets, so that the validator knows messages after it may show them. */
    default Set<String> writes() {
        return Set.of();
    }
}
