package org.anxin.understanding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BAAI's bge-small-zh-v1.5 (512 dimensions, Chinese and some English) run in-process by ONNX Runtime from the jar:
 * no network. Loading takes a few seconds and several hundred MiB (ONNX Runtime, outside the heap), so there is one
 * per process, started in the background by the first who asks. The vectors of content examples are remembered (the
 * same sentences are encoded by every context that trains on them); what users type is never remembered.
 */
public final class BgeEncoder implements SentenceEncoder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BgeEncoder.class);
    private static final CompletableFuture<BgeEncoder> SHARED = new CompletableFuture<>();
    private static volatile boolean started;

    private final BgeModel model;
    private final Map<String, float[]> examples = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger examplesEncoded = new java.util.concurrent.atomic.AtomicInteger();

    private BgeEncoder(BgeModel model) {
        this.model = model;
    }

    /** The process's encoder, loading in the background on a daemon thread from the first call on. */
    public static CompletableFuture<BgeEncoder> shared() {
        if (!started) {
            synchronized (BgeEncoder.class) {
                if (!started) {
                    started = true;
                    Thread loader = new Thread(() -> {
                        try {
                            long started = System.nanoTime();
                            SHARED.complete(new BgeEncoder(new BgeModel()));
                            log.info("language model loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                        } catch (RuntimeException | Error e) {
                            SHARED.completeExceptionally(e);
                        }
                    }, "anxin-model-loader");
                    loader.setDaemon(true);
                    loader.start();
                    // A process that ends while ONNX Runtime is opening the model can crash in its native code (and
                    // leave the model's temporary copy behind): the exit waits for the load, a few seconds at most.
                    Runtime.getRuntime().addShutdownHook(new Thread(BgeEncoder::awaitLoadUnderWay, "anxin-model-exit"));
                }
            }
        }
        return SHARED;
    }

    private static void awaitLoadUnderWay() {
        try {
            SHARED.get(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // failed (reported when it happened) or too slow: the process ends anyway
        }
    }

    @Override
    public float[] encode(String text) {
        return SentenceEncoder.unit(model.embed(text).content().vector());
    }

    /** Several sentences at once, encoded together; nothing is remembered. */
    @Override
    public List<float[]> encodeAll(List<String> texts) {
        if (texts.size() == 1) {
            return List.of(encode(texts.get(0)));
        }
        return model.embedTogether(texts).stream().map(SentenceEncoder::unit).toList();
    }

    /** Content examples' vectors, the new ones encoded together. */
    public List<float[]> encodeExamples(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !examples.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = model.embedTogether(missing);
            for (int i = 0; i < missing.size(); i++) {
                examples.put(missing.get(i), SentenceEncoder.unit(vectors.get(i)));
            }
            examplesEncoded.addAndGet(missing.size());
        }
        return texts.stream().map(examples::get).toList();
    }

    /** Content examples' vectors kept from an earlier start ({@link ExampleVectorFile}), taken as if encoded here. */
    void rememberExamples(Map<String, float[]> vectors) {
        examples.putAll(vectors);
    }

    /** The content examples' vectors this process has, encoded or remembered. */
    Map<String, float[]> examples() {
        return java.util.Collections.unmodifiableMap(examples);
    }

    /** How many content examples this process has encoded with the model (not remembered). */
    int examplesEncoded() {
        return examplesEncoded.get();
    }
}
