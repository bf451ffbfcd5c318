package org.anxin.understanding;

/** Turns a sentence into a unit-length vector, so that the cosine similarity of two sentences is their dot product. */
@FunctionalInterface
public interface SentenceEncoder {

    float[] encode(String text);

    /** Several sentences, in order. */
    default java.util.List<float[]> encodeAll(java.util.List<String> texts) {
        return texts.stream().map(this::encode).toList();
    }

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return u;
    }
}
