package org.anxin.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.anxin.dialog.Action;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.DialogExtension;

/**
 * The plan in the dialogs: {@code plan.budget}, {@code plan.afford} and {@code plan.rate} ({@link PlanActions}) for
 * {@code do:}, and the balance chart for {@code picture: plan-chart}, which {@code plan.chart} draws for the channels
 * that show images.
 */
public final class PlanExtension implements DialogExtension {

    /** The balance left month by month for each instalment option, from plan.owed and plan.monthly. */
    public static final String PLAN_CHART = "plan-chart";

    @Override
    public String name() {
        return "the plan";
    }

    @Override
    public Map<String, Action> actions() {
        return Map.of("plan.afford", inUsersScript(PlanActions::afford, PlanActions.AFFORD_WRITES, "plan.options"),
                "plan.rate", inUsersScript(PlanActions::rate, PlanActions.RATE_WRITES, "plan.options_interest"),
                "plan.budget", Action.onSlots((slots, context) -> PlanActions.budget(slots), PlanActions.BUDGET_WRITES));
    }

    @Override
    public Set<String> pictureKinds() {
        return Set.of(PLAN_CHART);
    }

    /**
     * A pure function of the slots as an action, for one that words its results in simplified Chinese under
     * {@code worded}: to a user who reads traditional characters they are written in those. The results are the
     * bot's words, never the user's.
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
}
