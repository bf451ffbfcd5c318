package org.anxin.dialog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The actions every dialogs folder may use with {@code do:}, whatever extensions are wired: forgetting the answers,
 * and the marks of a user a counselor sent. The marks stay with the engine because the hand-off itself is the
 * engine's: a link arrives as an input of its own ({@link UserInput.Referral}), the engine keeps who sent the user
 * ({@link DialogEngine#REFERRAL_ORG}) and says the welcome; the marks only record, at the turn's time, what the
 * user chose there. The counselor capability reads them from the state after the turn and never runs inside it.
 */
public final class BuiltInActions {

    /** When the user last chose to share their draft with the counselor who sent them; absent when not shared. */
    public static final String SHARED = "handoff.shared";
    /** When the user last asked the counselor for a person to talk to. */
    public static final String PERSON = "handoff.person";

    private BuiltInActions() {
    }

    /**
     * Sets a slot to the turn's time, or removes it. The counselor capability watches these marks after each turn:
     * each new time is a new share or request, a removed share mark is a withdrawal.
     */
    private static Action mark(String slot, boolean on) {
        return Action.onSlots((slots, context) -> {
            Map<String, String> changes = new HashMap<>();
            changes.put(slot, on ? context.at().toString() : null);
            return changes;
        }, on ? Set.of(slot) : Set.of());
    }

    static Map<String, Action> all() {
        return Map.of("answers.clear", Action.onSlots(BuiltInActions::clearAnswers, Set.of()),
                "handoff.share", mark(SHARED, true), "handoff.withdraw", mark(SHARED, false),
                "handoff.person", mark(PERSON, true));
    }

    /** Forgets every answer: for a user who wants nothing kept of what they told the bot. */
    private static Map<String, String> clearAnswers(Map<String, String> slots, Action.Context context) {
        Map<String, String> cleared = new HashMap<>();
        slots.keySet().forEach(slot -> cleared.put(slot, null));
        return cleared;
    }
}
