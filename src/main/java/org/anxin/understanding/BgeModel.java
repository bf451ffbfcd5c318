package org.anxin.understanding;

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

/**
 * bge-small-zh-v1.5 from langchain4j's jar, in an ONNX Runtime session whose worker threads sleep when they have
 * nothing to do. ONNX Runtime's default lets them spin for a while after each call, waiting for the next: on a
 * server whose cores are busy with turns, that spinning takes CPU from the turns themselves.
 */
final class BgeModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/bge-small-zh-v1.5.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeModel() {
        super(null); // langchain4j's executor: one thread per core for batches
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream tokenizer = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = open(environment, options);
            try {
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            } catch (RuntimeException tokenizerUnreadable) {
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
