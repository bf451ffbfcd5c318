package org.anxin.plan.chart;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pictures a step can show with {@code picture: <kind>}, drawn from a conversation's answers. */
public final class PlanPictures {

    /** The balance left month by month for each instalment option, from plan.owed and plan.monthly. */
    public static final String PLAN_CHART = "plan-chart";
    public static final Set<String> KINDS = Set.of(PLAN_CHART);

    private PlanPictures() {
    }

    /** The picture as PNG, or empty when the answers it needs are not there (or the kind is unknown). */
    public static Optional<byte[]> png(String kind, Map<String, String> slots, String locale) {
        if (!PLAN_CHART.equals(kind) || slots.get("plan.owed") == null || slots.get("plan.monthly") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BalanceChart.png(new BigDecimal(slots.get("plan.owed")), new BigDecimal(slots.get("plan.monthly")), locale));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
