package org.anxin.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The {@code k} examples most similar to a sentence vote for their labels, each with its similarity raised to a
 * power, so that a near neighbour counts far more than a distant one.
 */
final class NearestExamples implements TextClassifier {

    private static final double SHARPNESS = 8;

    private final List<String> labels;
    private final float[][] vectors;
    private final List<String> distinct;
    private final int k;

    NearestExamples(List<String> labels, List<float[]> vectors, int k) {
        this.labels = List.copyOf(labels);
        this.vectors = vectors.toArray(new float[0][]);
        this.distinct = labels.stream().distinct().toList();
        this.k = k;
    }

    @Override
    public Map<String, Double> probabilities(float[] vector) {
        PriorityQueue<double[]> nearest = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < vectors.length; i++) {
            double s = SentenceEncoder.similarity(vector, vectors[i]);
            if (nearest.size() < k) {
                nearest.add(new double[] {s, i});
            } else if (s > nearest.peek()[0]) {
                nearest.poll();
                nearest.add(new double[] {s, i});
            }
        }
        Map<String, Double> votes = new HashMap<>();
        distinct.forEach(l -> votes.put(l, 0.0));
        double total = 0;
        for (double[] n : nearest) {
            double weight = Math.pow(Math.max(n[0], 0), SHARPNESS);
            votes.merge(labels.get((int) n[1]), weight, Double::sum);
            total += weight;
        }
        double sum = total;
        votes.replaceAll((l, v) -> sum == 0 ? 1.0 / distinct.size() : v / sum);
        return votes;
    }
}
