package org.anxin.plan.chart;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.plan.PlanExtension;

/** The pictures a step can show with {@code picture: <kind>}, drawn from a conversation's answers. */
public final class PlanPictures {

    /** The balance left month by month for each instalment option, from plan.owed and plan.monthly. */
    public static final String PLAN_CHART = PlanExtension.PLAN_CHART;
    /** The kinds drawn here: those {@link PlanExtension} tells the dialogs of. */
    public static final Set<String> KINDS = new PlanExtension().pictureKinds();

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
