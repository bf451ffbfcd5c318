package org.anxin.understanding;

/**
 * Where the model's probabilities become decisions. Distress: the probability of {@code self_harm} or {@code danger}
 * at or above {@code urgent} leads to urgent help, at or above {@code ask} to the direct question. Needs: the most
 * likely at or above {@code sure}, and ahead of the next by {@code margin}, is gone to; those at or above
 * {@code suggest} are offered. Chosen on the tuning examples, checked on the holdout (see the README).
 */
public record Thresholds(double urgent, double ask, double sure, double margin, double suggest) {

    public static final Thresholds DEFAULTS = new Thresholds(0.85, 0.3, 0.6, 0.25, 0.15);

    public Thresholds {
        if (!(0 < ask && ask <= urgent && urgent <= 1 && 0 < suggest && suggest <= sure && sure <= 1 && margin >= 0)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < ask <= urgent <= 1 and 0 < suggest <= sure <= 1");
        }
    }
}
