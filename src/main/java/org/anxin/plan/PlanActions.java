package org.anxin.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's dialog actions as pure functions from slots to slot changes; {@link PlanExtension} offers them to the
 * dialogs as {@code plan.budget}, {@code plan.afford} and {@code plan.rate}. Slot values are the engine's canonical numbers (money and number
 * answers are already read with {@code Amounts}), so a plain {@link BigDecimal} reads them.
 */
public final class PlanActions {

    /** Slots {@link #afford} always writes. */
    public static final Set<String> AFFORD_WRITES = Set.of("plan.options", "plan.options_en", "plan.fits");

    /** Slots {@link #rate} always writes. */
    public static final Set<String> RATE_WRITES = Set.of("plan.apr", "plan.ear", "plan.rate_ok", "plan.options_interest",
            "plan.options_interest_en");
    /** {@link #budget} writes what can be paid each month. */
    public static final Set<String> BUDGET_WRITES = Set.of("plan.monthly");

    /**
     * What the user can really pay each month: income less essential spending less the minimum payments to other
     * lenders ({@code plan.income}, {@code plan.spending}, {@code plan.others}), never below zero, as
     * {@code plan.monthly}.
     */
    public static Map<String, String> budget(Map<String, String> slots) {
        BigDecimal income = number(slots.get("plan.income"));
        BigDecimal left = income == null ? BigDecimal.ZERO : income;
        for (String cost : new String[] {"plan.spending", "plan.others"}) {
            BigDecimal amount = number(slots.get(cost));
            if (amount != null) {
                left = left.subtract(amount);
            }
        }
        return Map.of("plan.monthly", left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
    }

    private PlanActions() {
    }

    /**
     * From {@code plan.owed} and {@code plan.monthly}: {@code plan.options} (one line per term, in Chinese),
     * {@code plan.options_en} (the same in English) and {@code plan.fits} (the fewest instalments that fit, or
     * {@code none}).
     */
    public static Map<String, String> afford(Map<String, String> slots) {
        Map<String, String> out = new HashMap<>();
        BigDecimal owed = number(slots.get("plan.owed"));
        BigDecimal budget = number(slots.get("plan.monthly"));
        if (owed == null || owed.signum() <= 0 || budget == null || budget.signum() < 0) {
            out.put("plan.options", "（还缺欠款金额或每月能还的钱）");
            out.put("plan.options_en", "(the amount owed or the monthly budget is missing)");
            out.put("plan.fits", "none");
            return out;
        }
        List<Affordability.Option> options = Affordability.options(owed, budget);
        putLines(out, "plan.options", options);
        out.put("plan.fits", Affordability.smallestFitting(options).map(o -> String.valueOf(o.months())).orElse("none"));
        return out;
    }

    /** One line per option, in Chinese under {@code slot} and in English under {@code slot_en}. */
    private static void putLines(Map<String, String> out, String slot, List<Affordability.Option> options) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Affordability.Option o : options) {
            String amount = whole(o.monthly());
            zh.append(zh.isEmpty() ? "" : "\n").append(o.months()).append(" 期：每期约 ").append(amount).append(" 元")
                    .append(o.fits() ? "（在你的预算内）" : "（超出你的预算）");
            en.append(en.isEmpty() ? "" : "\n").append(o.months()).append(" months: about ").append(amount)
                    .append(" yuan a month").append(o.fits() ? " (within your budget)" : " (more than your budget)");
        }
        out.put(slot, zh.toString());
        out.put(slot + "_en", en.toString());
    }

    /**
     * The same terms if interest went on at the loan's own monthly rate {@code r}: equal instalments
     * {@code owed·r / (1 − (1+r)^−n)}, compared with the budget.
     */
    static List<Affordability.Option> withInterest(BigDecimal owed, BigDecimal budget, double r) {
        return Affordability.TERMS.stream().map(n -> {
            double payment = r == 0 ? owed.doubleValue() / n : owed.doubleValue() * r / (1 - Math.pow(1 + r, -n));
            BigDecimal monthly = BigDecimal.valueOf(payment).setScale(2, RoundingMode.HALF_UP);
            return new Affordability.Option(n, monthly, budget != null && monthly.compareTo(budget) <= 0);
        }).toList();
    }

    /**
     * From {@code plan.rate_principal}, {@code plan.rate_months} and {@code plan.rate_payment}: {@code plan.apr} and
     * {@code plan.ear} as percentages with one decimal, and {@code plan.rate_ok} ({@code yes}, or {@code no} when the
     * numbers give no rate; the rates are then {@code -}).
     */
    public static Map<String, String> rate(Map<String, String> slots) {
        Map<String, String> out = new HashMap<>();
        BigDecimal principal = number(slots.get("plan.rate_principal"));
        BigDecimal months = number(slots.get("plan.rate_months"));
        BigDecimal payment = number(slots.get("plan.rate_payment"));
        try {
            if (months == null || months.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("months must be a whole number");
            }
            EffectiveRate rate = EffectiveRate.ofPayment(principal, months.intValueExact(), payment);
            BigDecimal owed = number(slots.get("plan.owed"));
            if (owed != null && owed.signum() > 0) {
                putLines(out, "plan.options_interest", withInterest(owed, number(slots.get("plan.monthly")), rate.apr() / 12));
            } else {
                out.put("plan.options_interest", "（先算出欠款和每月能还多少，这里就能对比）");
                out.put("plan.options_interest_en", "(work out what you owe and can pay each month first, and this compares them)");
            }
            out.put("plan.apr", EffectiveRate.percent(rate.apr()));
            out.put("plan.ear", EffectiveRate.percent(rate.ear()));
            out.put("plan.rate_ok", "yes");
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            out.put("plan.apr", "-");
            out.put("plan.ear", "-");
            out.put("plan.rate_ok", "no");
            out.put("plan.options_interest", "-");
            out.put("plan.options_interest_en", "-");
        }
        return out;
    }

    /** Whole yuan, rounded half up: "2917". */
    static String whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
