package org.anxin.dialog;

import java.util.Map;

/**
 * One conversation flow: named steps and the step it starts at. Steps keep their file order. {@code locker} marks
 * the evidence locker ({@code locker: true}): files sent while the user is in it are kept with the latest incident,
 * and a collector's threat pasted into it is kept as evidence rather than taken for the user's own distress.
 */
public record Flow(String id, String start, Map<String, Step> steps, boolean locker, SourceRef at) {

    public Step step(String id) {
        return steps.get(id);
    }
}
