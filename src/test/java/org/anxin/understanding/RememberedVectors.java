package org.anxin.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model for the measurements on the labelled sets, remembering each sentence's vector for the rest of the test
 * JVM: the sets are read by both classifiers, for distress and for needs, and again in traditional characters, and the
 * model gives the same vector for the same sentence every time, alone or among others. Only test sentences are kept.
 */
final class RememberedVectors implements SentenceEncoder {

    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    private final SentenceEncoder model;

    private RememberedVectors(SentenceEncoder model) {
        this.model = model;
    }

    /** The model with the rules as the server runs them, reading through the remembered vectors. */
    static ModelUnderstanding understanding(UnderstandingContent content, TextClassifier.Method method) {
        return new ModelUnderstanding(content, BgeEncoder.shared(), method, Thresholds.DEFAULTS, RememberedVectors::new);
    }

    @Override
    public float[] encode(String text) {
        return VECTORS.computeIfAbsent(text, model::encode);
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !VECTORS.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = model.encodeAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                VECTORS.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> all = new ArrayList<>(texts.size());
        texts.forEach(t -> all.add(VECTORS.get(t)));
        return all;
    }
}
