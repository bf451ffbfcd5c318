package org.anxin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.anxin.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code anxin rate}, run in-process: one JSON line on success, one line on standard error otherwise. */
class RateCommandTest {

    @Test
    void theBriefsExampleFromTheMonthlyFee() {
        CommandRun r = CommandRun.of("rate", "--principal", "12000", "--months", "12", "--monthly-fee-rate", "0.006");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("{\"payment\":1072.00,\"monthlyRate\":0.010862,\"apr\":0.130342,\"ear\":0.138418}"
                + System.lineSeparator());
    }

    @Test
    void theSameFromThePaymentInBorrowersWords() {
        CommandRun r = CommandRun.of("rate", "--principal", "1.2万", "--months", "12", "--payment", "1072元");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"payment\":1072.00,\"monthlyRate\":0.010862,\"apr\":0.130342,\"ear\":0.138418}");
    }

    @Test
    void amountsLike3wan5AndAPercentFee() {
        CommandRun r = CommandRun.of("rate", "--principal", "3万5", "--months", "35", "--monthly-fee-rate", "0%");
        assertThat(r.out().strip()).isEqualTo("{\"payment\":1000.00,\"monthlyRate\":0.000000,\"apr\":0.000000,\"ear\":0.000000}");
    }

    @Test
    void aStatedAnnualRateWithItsMethod() {
        CommandRun r = CommandRun.of("rate", "--principal", "10000", "--months", "12", "--annual-rate", "12%", "--method", "equal");
        assertThat(r.out().strip()).isEqualTo("{\"payment\":888.49,\"monthlyRate\":0.010000,\"apr\":0.120000,\"ear\":0.126825}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero months | rate --principal 12000 --months 0 --payment 1000 | --months must be at least 1",
            "too small | rate --principal 12000 --months 12 --payment 900 | add up to less than the principal",
            "negative principal | rate --principal -12000 --months 12 --payment 1000 | must not be negative",
            "negative payment | rate --principal 12000 --months 12 --payment -1000 | must not be negative",
            "negative fee | rate --principal 12000 --months 12 --monthly-fee-rate -0.006 | must not be negative",
            "not an amount | rate --principal abc --months 12 --payment 1000 | --principal is not an amount",
            "not months | rate --principal 12000 --months 1.5 --payment 1000 | whole number",
            "both | rate --principal 12000 --months 12 --payment 1000 --monthly-fee-rate 0.006 | exactly one of",
            "neither | rate --principal 12000 --months 12 | exactly one of",
            "no principal | rate --months 12 --payment 1000 | give --principal and --months"})
    void invalidInputExitsNonZeroWithOneClearLine(String name, String args, String message) {
        CommandRun r = CommandRun.of(args.strip().split(" +"));
        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(message).doesNotContain("\n");
    }
}
