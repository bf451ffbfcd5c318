package org.anxin.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Splits what is owed into equal monthly instalments without continued interest, for the terms a lender can be
 * asked for (credit cards: personalised instalments of up to 5 years), and marks which fit what the user can pay.
 */
public final class Affordability {

    /** The terms offered: 1, 2, 3 and 5 years of monthly instalments. */
    public static final List<Integer> TERMS = List.of(12, 24, 36, 60);

    private Affordability() {
    }

    /** One option: n monthly instalments of {@code monthly} (rounded up to the cent), and whether it fits. */
    public record Option(int months, BigDecimal monthly, boolean fits) {
    }

    public static List<Option> options(BigDecimal owed, BigDecimal budget) {
        if (owed == null || owed.signum() <= 0) {
            throw new IllegalArgumentException("the amount owed must be more than 0");
        }
        if (budget == null || budget.signum() < 0) {
            throw new IllegalArgumentException("the monthly budget must not be negative");
        }
        return TERMS.stream().map(n -> {
            BigDecimal monthly = owed.divide(BigDecimal.valueOf(n), 2, RoundingMode.CEILING);
            return new Option(n, monthly, monthly.compareTo(budget) <= 0);
        }).toList();
    }

    /** The fewest instalments that fit the budget, if any does. */
    public static Optional<Option> smallestFitting(List<Option> options) {
        return options.stream().filter(Option::fits).findFirst();
    }

    /**
     * The balance left after each month of an option, from the start (month 0, the whole debt) to the end (0), for a
     * chart of how it goes down.
     */
    public static List<BigDecimal> balances(BigDecimal owed, Option option) {
        BigDecimal[] left = new BigDecimal[option.months() + 1];
        left[0] = owed;
        for (int k = 1; k <= option.months(); k++) {
            left[k] = left[k - 1].subtract(option.monthly()).max(BigDecimal.ZERO);
        }
        left[option.months()] = BigDecimal.ZERO;
        return List.of(left);
    }
}
