package org.anxin.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anxin.dialog.Amounts;
import org.anxin.plan.EffectiveRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The real annual rate of an instalment loan, without the server: one JSON line
 * {@code {"payment":1072.00,"monthlyRate":0.010863,"apr":0.130353,"ear":0.138...}} with rates as fractions. Invalid
 * input exits 1 with one line on standard error; a missing or conflicting option exits 2 the same way.
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "The monthly rate, APR (12r) and effective annual rate ((1+r)^12-1) of an instalment loan, as one JSON line.")
final class RateCommand implements Callable<Integer> {

    @Option(names = "--principal", paramLabel = "AMOUNT", description = "the amount borrowed (35000, 3万5, 1.2w)")
    String principal;

    @Option(names = "--months", paramLabel = "N", description = "the number of monthly instalments")
    String months;

    @Option(names = "--payment", paramLabel = "AMOUNT", description = "the monthly instalment (1072, 1.2k)")
    String payment;

    @Option(names = "--monthly-fee-rate", paramLabel = "RATE", description = "a monthly fee on the original principal, as a fraction or percent (0.006 or 0.6%%)")
    String monthlyFeeRate;

    @Option(names = "--annual-rate", paramLabel = "RATE", description = "a stated annual rate, as a fraction or percent (0.12 or 12%%); needs --method")
    String annualRate;

    @Option(names = "--method", paramLabel = "equal|flat", description = "how the stated annual rate is applied: equal (等额本息) or flat (on the original principal)")
    String method;

    @Override
    public Integer call() {
        if (principal == null || months == null) {
            return fail(2, "give --principal and --months");
        }
        int given = (payment != null ? 1 : 0) + (monthlyFeeRate != null ? 1 : 0) + (annualRate != null ? 1 : 0);
        if (given != 1) {
            return fail(2, "give exactly one of --payment, --monthly-fee-rate or --annual-rate");
        }
        try {
            BigDecimal p = money("--principal", principal);
            int n = wholeMonths(months);
            EffectiveRate rate;
            if (payment != null) {
                rate = EffectiveRate.ofPayment(p, n, money("--payment", payment));
            } else if (monthlyFeeRate != null) {
                rate = EffectiveRate.ofMonthlyFee(p, n, fraction("--monthly-fee-rate", monthlyFeeRate));
            } else {
                rate = EffectiveRate.ofAnnualRate(p, n, fraction("--annual-rate", annualRate), method(method));
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(rate.toJson());
            return 0;
        } catch (IllegalArgumentException invalid) {
            return fail(1, invalid.getMessage());
        }
    }

    private static BigDecimal money(String option, String text) {
        if (text.strip().startsWith("-")) {
            throw new IllegalArgumentException(option + " must not be negative: " + text);
        }
        return Amounts.parse(text).orElseThrow(() -> new IllegalArgumentException(option + " is not an amount: " + text));
    }

    private static int wholeMonths(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1) {
                throw new IllegalArgumentException("--months must be at least 1: " + text);
            }
            return n;
        } catch (NumberFormatException notAWholeNumber) {
            throw new IllegalArgumentException("--months must be a whole number of months: " + text);
        }
    }

    private static BigDecimal fraction(String option, String text) {
        String s = text.strip();
        boolean percent = s.endsWith("%");
        try {
            BigDecimal value = new BigDecimal(percent ? s.substring(0, s.length() - 1).strip() : s);
            if (value.signum() < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + text);
            }
            return percent ? value.movePointLeft(2) : value;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(option + " is not a rate (0.006 or 0.6%): " + text);
        }
    }

    private static EffectiveRate.Method method(String text) {
        if (text == null) {
            throw new IllegalArgumentException("--annual-rate needs --method equal or --method flat");
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "equal", "equal-instalments", "annuity" -> EffectiveRate.Method.EQUAL_INSTALMENTS;
            case "flat", "flat-on-principal" -> EffectiveRate.Method.FLAT_ON_PRINCIPAL;
            default -> throw new IllegalArgumentException("--method must be equal or flat: " + text);
        };
    }

    private static int fail(int code, String message) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println("rate: " + message);
        return code;
    }
}
