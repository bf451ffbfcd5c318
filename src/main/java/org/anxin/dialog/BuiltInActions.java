package org.anxin.dialog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.anxin.plan.PlanActions;

/** The actions every dialogs folder may use with {@code do:}. */
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

    public static Map<String, Action> all() {
        Map<String, Action> all = new HashMap<>(Map.of("answers.clear", Action.onSlots(BuiltInActions::clearAnswers, Set.of()),
                "handoff.share", mark(SHARED, true), "handoff.withdraw", mark(SHARED, false),
                "handoff.person", mark(PERSON, true),
                "plan.afford", inUsersScript(PlanActions::afford, PlanActions.AFFORD_WRITES, "plan.options"),
                "plan.rate", inUsersScript(PlanActions::rate, PlanActions.RATE_WRITES, "plan.options_interest"),
                "plan.budget", action(PlanActions::budget, PlanActions.BUDGET_WRITES)));
        return Map.copyOf(all);
    }

    /** A pure function of the slots as an action that declares what it writes. */
    private static Action action(Function<Map<String, String>, Map<String, String>> run, Set<String> writes) {
        return Action.onSlots((slots, context) -> run.apply(slots), writes);
    }

    /**
     * As {@link #action}, for one that words its results in simplified Chinese under {@code worded}: to a user who
     * reads traditional characters they are written in those. The results are the bot's words, never the user's.
     */
    private static Action inUsersScript(Function<Map<String, String>, Map<String, String>> run, Set<String> writes,
            String... worded) {
        return Action.onSlots((slots, context) -> {
            Map<String, String> changes = new HashMap<>(run.apply(slots));
            if (ChineseScript.TRADITIONAL.equals(context.locale())) {
                for (String slot : worded) {
                    changes.computeIfPresent(slot, (name, text) -> ChineseScript.toTraditional(text));
                }
            }
            return changes;
        }, writes);
    }

    /** Forgets every answer: for a user who wants nothing kept of what they told the bot. */
    private static Map<String, String> clearAnswers(Map<String, String> slots, Action.Context context) {
        Map<String, String> cleared = new HashMap<>();
        slots.keySet().forEach(slot -> cleared.put(slot, null));
        return cleared;
    }
}
