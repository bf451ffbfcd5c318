package org.anxin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The solver against reference values computed independently (50-digit decimal bisection in Python on the closed
 * form, or the annuity formula here), the brief's worked example, edge cases and a round trip over random rates.
 */
class EffectiveRateTest {

    private static final double EXACT = 1e-9;

    @Test
    void theBriefsExampleAFlatFeeOfSixTenthsOfAPercentAMonth() {
        EffectiveRate rate = EffectiveRate.ofMonthlyFee(new BigDecimal("12000"), 12, new BigDecimal("0.006"));

        assertThat(rate.paymentRounded()).isEqualByComparingTo("1072.00");
        assertThat(rate.monthlyRate()).isCloseTo(0.010861853567590088, within(EXACT));
        assertThat(rate.apr()).isCloseTo(0.13034224281108106, within(EXACT));
        assertThat(rate.ear()).isCloseTo(0.13841785066390241, within(EXACT));
        assertThat(rate.apr()).isCloseTo(0.1303, within(0.00005));
        assertThat(rate.ear()).isCloseTo(0.1384, within(0.00005));
        assertThat(rate.toJson()).isEqualTo("{\"payment\":1072.00,\"monthlyRate\":0.010862,\"apr\":0.130342,\"ear\":0.138418}");
    }

    @Test
    void theSameLoanFromItsInstalmentGivesTheSameRate() {
        EffectiveRate rate = EffectiveRate.ofPayment(new BigDecimal("12000"), 12, new BigDecimal("1072"));
        assertThat(rate.apr()).isCloseTo(0.13034224281108106, within(EXACT));
    }

    @Test
    void aFlatAnnualRateIsTheSameAsAMonthlyFee() {
        EffectiveRate rate = EffectiveRate.ofAnnualRate(new BigDecimal("12000"), 12, new BigDecimal("0.072"),
                EffectiveRate.Method.FLAT_ON_PRINCIPAL);
        assertThat(rate.paymentRounded()).isEqualByComparingTo("1072.00");
        assertThat(rate.apr()).isCloseTo(0.13034224281108106, within(EXACT));
    }

    @ParameterizedTest(name = "P={0}, n={1}, payment={2} → r={3}")
    @CsvSource({
            "100, 3, 40, 0.097010257403272926",
            "1000000, 360, 8000, 0.007446412462581001",
            "1.00, 2, 0.6, 0.130662386291807485",
            "0.01, 2, 0.006, 0.130662386291807485",
            "100000000000, 2, 60000000000, 0.130662386291807485"})
    void matchesIndependentReferenceValues(String principal, int months, String payment, double expected) {
        double r = RateSolver.monthlyRate(new BigDecimal(principal), months, new BigDecimal(payment));
        assertThat(r).isCloseTo(expected, within(EXACT));
    }

    @Test
    void aZeroRateLoan() {
        EffectiveRate byPayment = EffectiveRate.ofPayment(new BigDecimal("12000"), 12, new BigDecimal("1000"));
        assertThat(byPayment.monthlyRate()).isZero();
        assertThat(byPayment.apr()).isZero();
        assertThat(byPayment.ear()).isZero();

        EffectiveRate byFee = EffectiveRate.ofMonthlyFee(new BigDecimal("10000"), 3, BigDecimal.ZERO);
        assertThat(byFee.monthlyRate()).isZero();
        assertThat(byFee.paymentRounded()).isEqualByComparingTo("3333.33");
    }

    @Test
    void aPlainTwelvePercentAnnuityGivesAnAprOfTwelvePercent() {
        double i = 0.01;
        int n = 12;
        double reference = 10000 * i / (1 - Math.pow(1 + i, -n));   // closed formula, 888.49 yuan

        EffectiveRate rate = EffectiveRate.ofAnnualRate(new BigDecimal("10000"), n, new BigDecimal("0.12"),
                EffectiveRate.Method.EQUAL_INSTALMENTS);

        assertThat(rate.payment().doubleValue()).isCloseTo(reference, within(1e-9));
        assertThat(rate.paymentRounded()).isEqualByComparingTo("888.49");
        assertThat(rate.monthlyRate()).isCloseTo(0.01, within(EXACT));
        assertThat(rate.apr()).isCloseTo(0.12, within(EXACT));
        assertThat(rate.ear()).isCloseTo(Math.pow(1.01, 12) - 1, within(EXACT));
    }

    @Test
    void aThirtyYearMortgage() {
        double i = 0.049 / 12;
        double reference = 1_000_000 * i / (1 - Math.pow(1 + i, -360));
        EffectiveRate rate = EffectiveRate.ofAnnualRate(new BigDecimal("1000000"), 360, new BigDecimal("0.049"),
                EffectiveRate.Method.EQUAL_INSTALMENTS);
        assertThat(rate.payment().doubleValue()).isCloseTo(reference, within(1e-6));
        assertThat(rate.apr()).isCloseTo(0.049, within(EXACT));
    }

    @Test
    void tinyAndHugePrincipalsGiveTheSameRate() {
        double small = EffectiveRate.ofMonthlyFee(new BigDecimal("0.12"), 12, new BigDecimal("0.006")).apr();
        double huge = EffectiveRate.ofMonthlyFee(new BigDecimal("120000000000000"), 12, new BigDecimal("0.006")).apr();
        assertThat(small).isCloseTo(0.13034224281108106, within(EXACT));
        assertThat(huge).isCloseTo(0.13034224281108106, within(EXACT));
    }

    @Test
    void veryHighAndVeryLowRatesConverge() {
        // A payday-style loan: 1000 back as 2 × 900.
        double high = RateSolver.monthlyRate(new BigDecimal("1000"), 2, new BigDecimal("900"));
        assertThat(-1 + 900 / 1000.0 * (1 / (1 + high) + 1 / Math.pow(1 + high, 2))).isCloseTo(0, within(1e-12));
        // One cent of interest on a large loan over 360 months.
        double low = RateSolver.monthlyRate(new BigDecimal("360000"), 360, new BigDecimal("1000.01"));
        assertThat(low).isPositive().isLessThan(1e-6);
    }

    @Test
    void solvingThePaymentOfARandomRateGivesTheRateBack() {
        Random random = new Random(20261122);
        for (int trial = 0; trial < 500; trial++) {
            double annual = random.nextDouble() * 3;            // 0 % to 300 % a year
            int months = 1 + random.nextInt(360);
            BigDecimal principal = BigDecimal.valueOf(Math.pow(10, 1 + random.nextDouble() * 7)).setScale(2, java.math.RoundingMode.HALF_UP);
            EffectiveRate stated = EffectiveRate.ofAnnualRate(principal, months, BigDecimal.valueOf(annual),
                    EffectiveRate.Method.EQUAL_INSTALMENTS);
            double solved = RateSolver.monthlyRate(principal, months, stated.payment());
            assertThat(solved).as("annual %s over %d months on %s", annual, months, principal)
                    .isCloseTo(annual / 12, within(EXACT));
        }
    }

    @Test
    void rejectsInvalidInputWithAClearMessage() {
        BigDecimal p = new BigDecimal("12000");
        assertThatThrownBy(() -> EffectiveRate.ofPayment(p, 0, new BigDecimal("1000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
        assertThatThrownBy(() -> EffectiveRate.ofPayment(new BigDecimal("-1"), 12, new BigDecimal("1000")))
                .hasMessageContaining("principal must be more than 0");
        assertThatThrownBy(() -> EffectiveRate.ofPayment(p, 12, new BigDecimal("-5")))
                .hasMessageContaining("instalment must be more than 0");
        assertThatThrownBy(() -> EffectiveRate.ofPayment(p, 12, new BigDecimal("999.99")))
                .hasMessageContaining("add up to less than the principal");
        assertThatThrownBy(() -> EffectiveRate.ofMonthlyFee(p, 12, new BigDecimal("-0.001")))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> EffectiveRate.ofAnnualRate(p, 12, new BigDecimal("-0.1"), EffectiveRate.Method.EQUAL_INSTALMENTS))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> EffectiveRate.ofPayment(p, RateSolver.MAX_MONTHS + 1, new BigDecimal("1000")))
                .hasMessageContaining("months");
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(EffectiveRate.percent(0.13034224)).isEqualTo("13.0");
        assertThat(EffectiveRate.percent(0.13841785)).isEqualTo("13.8");
        assertThat(EffectiveRate.percent(0)).isEqualTo("0.0");
    }
}
