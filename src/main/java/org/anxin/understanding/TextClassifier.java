package org.anxin.understanding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scores a sentence vector against labels learnt from examples: a probability for each label, summing to 1. */
public interface TextClassifier {

    Map<String, Double> probabilities(float[] vector);

    /** How to learn from the examples; both were measured on the same sets (see the README). */
    enum Method {
        /** Votes of the nearest examples, weighted by similarity. */
        NEAREST,
        /** A multinomial logistic regression trained on the examples' vectors at start. */
        LINEAR
    }

    /** The labels from most to least likely. */
    static Map<String, Double> ranked(Map<String, Double> probabilities) {
        Map<String, Double> ranked = new LinkedHashMap<>();
        probabilities.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }
}
