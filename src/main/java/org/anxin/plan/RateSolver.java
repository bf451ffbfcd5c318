package org.anxin.plan;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Solves {@code -P + Σ_{k=1..n} payment / (1+r)^k = 0} for the monthly rate r of a loan repaid in n equal
 * instalments. Newton's method inside a bracket that always holds the root; a step that would leave the bracket is
 * replaced by bisection, so it converges for any valid input. The equation is scaled by P, so tiny and huge
 * principals behave the same.
 */
public final class RateSolver {

    /** Longest term accepted: 100 years of monthly instalments. */
    public static final int MAX_MONTHS = 1200;

    private static final double TOLERANCE = 1e-15;
    private static final int MAX_ITERATIONS = 500;

    private RateSolver() {
    }

    /**
     * The monthly rate r; 0 when the instalments add up to exactly the principal.
     *
     * @throws IllegalArgumentException when the input is invalid or the payments never repay the principal
     */
    public static double monthlyRate(BigDecimal principal, int months, BigDecimal payment) {
        check(principal, months);
        if (payment == null || payment.signum() <= 0) {
            throw new IllegalArgumentException("the instalment must be more than 0");
        }
        int total = BigDecimal.valueOf(months).multiply(payment).compareTo(principal);
        if (total < 0) {
            throw new IllegalArgumentException("the instalments add up to less than the principal, so no rate repays it: "
                    + months + " × " + payment.stripTrailingZeros().toPlainString() + " < "
                    + principal.stripTrailingZeros().toPlainString());
        }
        if (total == 0) {
            return 0.0;
        }
        double ratio = payment.divide(principal, MathContext.DECIMAL64).doubleValue();
        return solve(ratio, months);
    }

    static void check(BigDecimal principal, int months) {
        if (principal == null || principal.signum() <= 0) {
            throw new IllegalArgumentException("the principal must be more than 0");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("the number of months must be between 1 and " + MAX_MONTHS);
        }
    }

    /** Root of {@code g(r) = -1 + c·Σ (1+r)^-k}, which falls strictly in r, for {@code c·n > 1}. */
    private static double solve(double c, int n) {
        double lo = 0.0;
        double hi = Math.max(1.0, 2 * c);
        while (g(c, n, hi)[0] > 0) {
            lo = hi;
            hi *= 2;
            if (hi > 1e12) {
                throw new IllegalArgumentException("the rate is too high to compute");
            }
        }
        // A good start: the flat-fee approximation, kept inside the bracket.
        double r = Math.min(Math.max(2 * (c * n - 1) / (n + 1), lo), hi);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] value = g(c, n, r);
            if (value[0] == 0) {
                return r;
            }
            if (value[0] > 0) {
                lo = r;
            } else {
                hi = r;
            }
            double next = r - value[0] / value[1];
            if (!(next > lo && next < hi) || Double.isNaN(next)) {
                next = (lo + hi) / 2;
            }
            if (Math.abs(next - r) <= TOLERANCE * Math.max(1.0, r) || hi - lo <= TOLERANCE * Math.max(1.0, r)) {
                return next;
            }
            r = next;
        }
        return r;
    }

    /** g(r) and g'(r), summed term by term (stable near r = 0, where the closed form divides 0 by 0). */
    private static double[] g(double c, int n, double r) {
        double v = 1 / (1 + r);
        double discount = 1;
        double sum = 0;
        double derivative = 0;
        for (int k = 1; k <= n; k++) {
            discount *= v;
            sum += discount;
            derivative -= k * discount * v;
        }
        return new double[] {-1 + c * sum, c * derivative};
    }
}
