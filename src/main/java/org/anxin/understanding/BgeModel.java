package org.anxin.understanding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * bge-small-zh-v1.5 from langchain4j's jar, in an ONNX Runtime session whose worker threads sleep when they have
 * nothing to do. ONNX Runtime's default lets them spin for a while after each call, waiting for the next: on a
 * server whose cores are busy with turns, that spinning takes CPU from the turns themselves.
 *
 * <p>langchain4j encodes one sentence a call; {@link #embedTogether} encodes many in one call, padded to the longest
 * of a batch, which takes about two thirds of the time for the content's examples and gives the same vectors.
 */
final class BgeModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/bge-small-zh-v1.5.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-tokenizer.json";
    /** Sentences a call: larger batches pad more, smaller ones repeat the call's own cost (measured: 32 to 64 best). */
    private static final int BATCH = 32;
    /** The model's longest input, [CLS] and [SEP] included; a longer text goes to langchain4j, which splits it. */
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;
    private final HuggingFaceTokenizer tokenizer;

    BgeModel() {
        super(Runnable::run); // for langchain4j's embedAll, which nothing here calls: no thread pool of its own
        this.environment = OrtEnvironment.getEnvironment();
        try (InputStream tokenizerJson = resource(TOKENIZER); InputStream ownTokenizerJson = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = open(environment, options);
            try {
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, PoolingMode.CLS);
                this.tokenizer = HuggingFaceTokenizer.newInstance(ownTokenizerJson,
                        Map.of("padding", "false", "truncation", "false", "maxLength", String.valueOf(MAX_TOKENS)));
            } catch (RuntimeException | IOException tokenizerUnreadable) {
                session.close(); // its native memory (the model, about 95 MB) is not the garbage collector's
                throw tokenizerUnreadable;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the language model could not be read from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the language model", e);
        }
    }

    /**
     * The session, opened from a temporary copy of the model file: read into the heap instead, the model's 95 MB (and
     * the copies made while reading it) would need a heap twice that size at start, for a moment, on a server that
     * needs far less afterwards.
     */
    private static OrtSession open(OrtEnvironment environment, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Path copy = Files.createTempFile("anxin-model", ".onnx"); // readable by this user only
        copy.toFile().deleteOnExit();
        try {
            try (InputStream model = resource(MODEL); OutputStream out = Files.newOutputStream(copy)) {
                model.transferTo(out);
            }
            return environment.createSession(copy.toString(), options);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * The [CLS] vectors of {@code texts}, in order, as langchain4j's {@code embed} gives them one by one: texts of like
     * length are encoded together, each padded to the longest of its batch and the padding masked out.
     */
    List<float[]> embedTogether(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        Integer[] byLength = new Integer[texts.size()];
        Arrays.setAll(byLength, i -> i);
        Arrays.sort(byLength, Comparator.comparingInt(i -> encodings[i].getIds().length));
        int fitting = 0;
        while (fitting < byLength.length && encodings[byLength[fitting]].getIds().length <= MAX_TOKENS) {
            fitting++;
        }
        for (int from = 0; from < fitting; from += BATCH) {
            List<Integer> batch = Arrays.asList(byLength).subList(from, Math.min(fitting, from + BATCH));
            float[][] cls = run(batch.stream().map(i -> encodings[i].getIds()).toList());
            for (int k = 0; k < batch.size(); k++) {
                vectors[batch.get(k)] = cls[k];
            }
        }
        for (int k = fitting; k < byLength.length; k++) {
            vectors[byLength[k]] = embed(texts.get(byLength[k])).content().vector();
        }
        return Arrays.asList(vectors);
    }

    private float[][] run(List<long[]> ids) {
        int length = ids.stream().mapToInt(a -> a.length).max().orElse(0);
        long[][] tokens = new long[ids.size()][length];
        long[][] attention = new long[ids.size()][length];
        long[][] types = new long[ids.size()][length];
        for (int k = 0; k < ids.size(); k++) {
            System.arraycopy(ids.get(k), 0, tokens[k], 0, ids.get(k).length);
            Arrays.fill(attention[k], 0, ids.get(k).length, 1L);
        }
        try (OnnxTensor tokenTensor = OnnxTensor.createTensor(environment, tokens);
                OnnxTensor attentionTensor = OnnxTensor.createTensor(environment, attention);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
                OrtSession.Result result = session.run(Map.of("input_ids", tokenTensor,
                        "attention_mask", attentionTensor, "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] cls = new float[hidden.length][];
            for (int k = 0; k < hidden.length; k++) {
                cls[k] = hidden[k][0];
            }
            return cls;
        } catch (OrtException e) {
            throw new IllegalStateException("the language model could not encode a batch", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 512;
    }
}
