package org.anxin.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The real cost of an instalment loan: the instalment, the monthly internal rate of return r, APR = 12r and the
 * effective annual rate (1+r)^12 - 1. Rates are fractions (0.1303 is 13.03 %).
 */
public record EffectiveRate(BigDecimal payment, double monthlyRate, double apr, double ear) {

    /** How a stated annual rate turns into an instalment. */
    public enum Method {
        /** 等额本息: equal instalments, interest on the balance still owed (an annuity at annual/12 a month). */
        EQUAL_INSTALMENTS,
        /** Flat: interest each month on the original principal, as a monthly fee of annual/12. */
        FLAT_ON_PRINCIPAL
    }

    private static final MathContext MC = MathContext.DECIMAL128;

    /** From the instalment the lender asks for. */
    public static EffectiveRate ofPayment(BigDecimal principal, int months, BigDecimal payment) {
        double r = RateSolver.monthlyRate(principal, months, payment);
        return of(payment, r);
    }

    /** From a monthly fee charged on the original principal: payment = P/n + P·fee. */
    public static EffectiveRate ofMonthlyFee(BigDecimal principal, int months, BigDecimal monthlyFeeRate) {
        RateSolver.check(principal, months);
        if (monthlyFeeRate == null || monthlyFeeRate.signum() < 0) {
            throw new IllegalArgumentException("the monthly fee rate must not be negative");
        }
        BigDecimal payment = principal.divide(BigDecimal.valueOf(months), MC).add(principal.multiply(monthlyFeeRate, MC));
        double r = monthlyFeeRate.signum() == 0 ? 0.0 : RateSolver.monthlyRate(principal, months, payment);
        return of(payment, r);
    }

    /** From a stated annual rate (a fraction) and the method the lender says it uses. */
    public static EffectiveRate ofAnnualRate(BigDecimal principal, int months, BigDecimal annualRate, Method method) {
        RateSolver.check(principal, months);
        if (annualRate == null || annualRate.signum() < 0) {
            throw new IllegalArgumentException("the annual rate must not be negative");
        }
        BigDecimal monthly = annualRate.divide(BigDecimal.valueOf(12), MC);
        if (method == Method.FLAT_ON_PRINCIPAL) {
            return ofMonthlyFee(principal, months, monthly);
        }
        if (annualRate.signum() == 0) {
            return of(principal.divide(BigDecimal.valueOf(months), MC), 0.0);
        }
        // payment = P·i / (1 - (1+i)^-n)
        BigDecimal growth = BigDecimal.ONE.add(monthly).pow(months, MC);
        BigDecimal payment = principal.multiply(monthly, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC);
        return of(payment, RateSolver.monthlyRate(principal, months, payment));
    }

    private static EffectiveRate of(BigDecimal payment, double r) {
        return new EffectiveRate(payment, r, 12 * r, Math.pow(1 + r, 12) - 1);
    }

    /** The instalment in cents. */
    public BigDecimal paymentRounded() {
        return payment.setScale(2, RoundingMode.HALF_UP);
    }

    /** One JSON line: payment to 2 places, rates as fractions to 6 places. */
    public String toJson() {
        return "{\"payment\":" + paymentRounded().toPlainString()
                + ",\"monthlyRate\":" + fraction(monthlyRate)
                + ",\"apr\":" + fraction(apr)
                + ",\"ear\":" + fraction(ear) + "}";
    }

    private static String fraction(double rate) {
        return BigDecimal.valueOf(rate).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    /** A rate as a percentage with one decimal, e.g. 13.0 for 0.1303. */
    public static String percent(double rate) {
        return BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
