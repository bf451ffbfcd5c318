package org.anxin.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression over sentence vectors, trained by full-batch gradient descent with L2 weight decay
 * and classes weighted by their size, so that a label with few examples is not drowned out. Small enough (a few
 * hundred examples, 512 inputs, a dozen labels) to train in about a second at start.
 */
final class SoftmaxRegression implements TextClassifier {

    private static final int EPOCHS = 300;
    private static final double RATE = 2.0;
    private static final double DECAY = 1e-3;
    /** Unit vectors give small logits; scaling the input lets the weights stay small too. */
    private static final double SCALE = 5;

    private final List<String> classes;
    private final double[][] weights;
    private final double[] bias;

    SoftmaxRegression(List<String> labels, List<float[]> vectors) {
        classes = labels.stream().distinct().toList();
        int dims = vectors.get(0).length;
        weights = new double[classes.size()][dims];
        bias = new double[classes.size()];
        int[] y = labels.stream().mapToInt(classes::indexOf).toArray();
        double[] classWeight = new double[classes.size()];
        for (int label : y) {
            classWeight[label]++;
        }
        for (int c = 0; c < classWeight.length; c++) {
            classWeight[c] = labels.size() / (classes.size() * classWeight[c]);
        }
        // The inputs widened to double and scaled once, not in every epoch's inner loops.
        double[][] inputs = vectors.stream().map(SoftmaxRegression::scaled).toArray(double[][]::new);
        double[][] gradW = new double[classes.size()][dims];
        double[] gradB = new double[classes.size()];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (double[] row : gradW) {
                java.util.Arrays.fill(row, 0);
            }
            java.util.Arrays.fill(gradB, 0);
            for (int i = 0; i < inputs.length; i++) {
                double[] x = inputs[i];
                double[] p = softmax(x);
                for (int c = 0; c < classes.size(); c++) {
                    double error = classWeight[y[i]] * (p[c] - (c == y[i] ? 1 : 0));
                    gradB[c] += error;
                    double[] g = gradW[c];
                    for (int d = 0; d < dims; d++) {
                        g[d] += error * x[d];
                    }
                }
            }
            for (int c = 0; c < classes.size(); c++) {
                for (int d = 0; d < dims; d++) {
                    weights[c][d] -= RATE * (gradW[c][d] / vectors.size() + DECAY * weights[c][d]);
                }
                bias[c] -= RATE * gradB[c] / vectors.size();
            }
        }
    }

    @Override
    public Map<String, Double> probabilities(float[] vector) {
        double[] p = softmax(scaled(vector));
        Map<String, Double> result = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            result.put(classes.get(c), p[c]);
        }
        return result;
    }

    private static double[] scaled(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i] * SCALE;
        }
        return d;
    }

    /** The class probabilities of a scaled input. */
    private double[] softmax(double[] x) {
        double[] logits = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logits.length; c++) {
            double z = bias[c];
            double[] w = weights[c];
            for (int d = 0; d < x.length; d++) {
                z += w[d] * x[d];
            }
            logits[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
        return logits;
    }
}
