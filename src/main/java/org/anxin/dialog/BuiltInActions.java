package org.anxin.dialog;

import java.util.HashMap;
import java.util.Map;

/** The actions every dialogs folder may use with {@code do:}. */
public final class BuiltInActions {

    private BuiltInActions() {
    }

    public static Map<String, Action> all() {
        return Map.of("answers.clear", BuiltInActions::clearAnswers);
    }

    /** Forgets every answer: for a user who wants nothing kept of what they told the bot. */
    private static Map<String, String> clearAnswers(Map<String, String> slots, java.time.Instant at) {
        Map<String, String> cleared = new HashMap<>();
        slots.keySet().forEach(slot -> cleared.put(slot, null));
        return cleared;
    }
}
