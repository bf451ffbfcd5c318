package org.anxin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanActionsTest {

    @Test
    void theMonthlyBudgetIsIncomeLessEssentialsLessOtherLenders() {
        assertThat(PlanActions.budget(Map.of("plan.income", "6000", "plan.spending", "3500", "plan.others", "500")))
                .containsEntry("plan.monthly", "2000");
        assertThat(PlanActions.budget(Map.of("plan.income", "6000.50", "plan.spending", "3500", "plan.others", "0")))
                .containsEntry("plan.monthly", "2500.5");
    }

    @Test
    void aBudgetThatDoesNotReachIsZeroNotNegative() {
        assertThat(PlanActions.budget(Map.of("plan.income", "3000", "plan.spending", "3500", "plan.others", "200")))
                .containsEntry("plan.monthly", "0");
    }
}
