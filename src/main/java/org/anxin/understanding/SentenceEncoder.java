package org.anxin.understanding;

/** Turns a sentence into a unit-length vector, so that the cosine similarity of two sentences is their dot product. */
@FunctionalInterface
public interface SentenceEncoder {

    float[] encode(String text);

    /** Several sentences, in order. */
    default java.util.List<float[]> encodeAll(java.util.List<String> texts) {
        return texts.stream().map(this::encode).toList();
    }

    /**
     * The dot product, summed in four independent lanes: one running sum makes every addition wait for the one
     * before it, and this is the inner loop of comparing a message with every example.
     */
    static double similarity(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
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
