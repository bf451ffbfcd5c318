package org.anxin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffordabilityTest {

    @Test
    void splitsTheDebtAndMarksWhatFits() {
        List<Affordability.Option> options = Affordability.options(new BigDecimal("35000"), new BigDecimal("1500"));

        assertThat(options).extracting(Affordability.Option::months).containsExactly(12, 24, 36, 60);
        assertThat(options).extracting(o -> o.monthly().toPlainString()).containsExactly("2916.67", "1458.34", "972.23", "583.34");
        assertThat(options).extracting(Affordability.Option::fits).containsExactly(false, true, true, true);
        assertThat(Affordability.smallestFitting(options)).map(Affordability.Option::months).hasValue(24);
    }

    @Test
    void anInstalmentEqualToTheBudgetFits() {
        List<Affordability.Option> options = Affordability.options(new BigDecimal("12000"), new BigDecimal("1000"));
        assertThat(options.get(0).fits()).isTrue();
    }

    @Test
    void nothingFitsAZeroBudget() {
        assertThat(Affordability.smallestFitting(Affordability.options(new BigDecimal("5000"), BigDecimal.ZERO))).isEmpty();
    }

    @Test
    void theBalanceGoesDownToZero() {
        Affordability.Option option = Affordability.options(new BigDecimal("35000"), new BigDecimal("1500")).get(0);
        List<BigDecimal> left = Affordability.balances(new BigDecimal("35000"), option);
        assertThat(left).hasSize(13);
        assertThat(left.get(0)).isEqualByComparingTo("35000");
        assertThat(left.get(1)).isEqualByComparingTo("32083.33");
        assertThat(left.get(12)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsNothingOwedOrANegativeBudget() {
        assertThatThrownBy(() -> Affordability.options(BigDecimal.ZERO, BigDecimal.TEN)).hasMessageContaining("owed");
        assertThatThrownBy(() -> Affordability.options(BigDecimal.TEN, new BigDecimal("-1"))).hasMessageContaining("budget");
    }

    @Test
    void theAffordActionWritesTheOptionsInBothLanguagesAndTheSmallestFit() {
        Map<String, String> out = PlanActions.afford(Map.of("plan.owed", "35000", "plan.monthly", "1500"));

        assertThat(out).containsOnlyKeys(PlanActions.AFFORD_WRITES);
        assertThat(out.get("plan.options")).isEqualTo("""
                12 期：每期约 2917 元（超出你的预算）
                24 期：每期约 1458 元（在你的预算内）
                36 期：每期约 972 元（在你的预算内）
                60 期：每期约 583 元（在你的预算内）""");
        assertThat(out.get("plan.options_en")).startsWith("12 months: about 2917 yuan a month (more than your budget)\n");
        assertThat(out.get("plan.fits")).isEqualTo("24");
    }

    @Test
    void theAffordActionSaysNoneWhenNothingFits() {
        Map<String, String> out = PlanActions.afford(Map.of("plan.owed", "100000", "plan.monthly", "500"));
        assertThat(out.get("plan.fits")).isEqualTo("none");
        assertThat(PlanActions.afford(Map.of())).containsOnlyKeys(PlanActions.AFFORD_WRITES).containsEntry("plan.fits", "none");
    }

    @Test
    void theRateActionWritesPercentagesWithOneDecimal() {
        Map<String, String> out = PlanActions.rate(Map.of("plan.rate_principal", "12000", "plan.rate_months", "12",
                "plan.rate_payment", "1072"));
        assertThat(out).containsOnlyKeys(PlanActions.RATE_WRITES)
                .containsEntry("plan.apr", "13.0").containsEntry("plan.ear", "13.8").containsEntry("plan.rate_ok", "yes");
    }

    @Test
    void theRateActionSaysNoWhenTheNumbersGiveNoRate() {
        assertThat(PlanActions.rate(Map.of("plan.rate_principal", "12000", "plan.rate_months", "12",
                "plan.rate_payment", "900"))).containsEntry("plan.rate_ok", "no").containsEntry("plan.apr", "-");
        assertThat(PlanActions.rate(Map.of("plan.rate_principal", "12000", "plan.rate_months", "1.5",
                "plan.rate_payment", "9000"))).containsEntry("plan.rate_ok", "no");
        assertThat(PlanActions.rate(Map.of())).containsEntry("plan.rate_ok", "no");
    }
}
