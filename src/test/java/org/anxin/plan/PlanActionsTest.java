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

    @Test
    void withInterestTheInstalmentsAreEqualAnnuityPayments() {
        // 12,000 at 1 % a month over 12 months: 12000 * 0.01 / (1 - 1.01^-12) = 1066.19 (closed formula).
        var options = PlanActions.withInterest(new java.math.BigDecimal("12000"), new java.math.BigDecimal("1000"), 0.01);
        assertThat(options.get(0).months()).isEqualTo(12);
        assertThat(options.get(0).monthly()).isEqualByComparingTo("1066.19");
        assertThat(options.get(0).fits()).isFalse();
        assertThat(options.get(1).monthly()).isEqualByComparingTo("564.88");
        assertThat(options.get(1).fits()).isTrue();
    }

    @Test
    void theRateCheckComparesTermsWithInterestAgainstTheBudget() {
        Map<String, String> out = PlanActions.rate(Map.of("plan.rate_principal", "12000", "plan.rate_months", "12",
                "plan.rate_payment", "1072", "plan.owed", "35000", "plan.monthly", "1500"));
        assertThat(out.get("plan.apr")).isEqualTo("13.0");
        assertThat(out.get("plan.options_interest")).contains("12 期", "36 期：每期约", "（在你的预算内）", "（超出你的预算）");
        assertThat(out.get("plan.options_interest_en")).contains("60 months: about");
    }
}
