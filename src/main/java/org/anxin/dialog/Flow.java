package org.anxin.dialog;

import java.util.Map;

/** One conversation flow: named steps and the step it starts at. Steps keep their file order. */
public record Flow(String id, String start, Map<String, Step> steps, SourceRef at) {

    public Step step(String id) {
        return steps.get(id);
    }
}
