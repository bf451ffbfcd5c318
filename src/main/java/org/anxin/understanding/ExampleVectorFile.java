package org.anxin.understanding;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.privacy.PrivateFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content examples' vectors, kept in the data folder so that a restart reads them instead of encoding every
 * example again (seconds of every core at each start). Only the dialogs' own example sentences are kept, never what
 * users type. A file made by another model, or one that cannot be read, is ignored and made again; an example the
 * file lacks is simply encoded. Until the data folder has a file of its own, a shipped one (made when the image was
 * built, read only) may stand in for it, so that a new server is ready in the seconds the model takes to load.
 */
final class ExampleVectorFile {

    static final String NAME = "example-vectors.bin";
    private static final Logger log = LoggerFactory.getLogger(ExampleVectorFile.class);
    private static final int MAGIC = 0x414e5856; // "ANXV"
    private static final int VERSION = 1;
    /** Encoded at every read and kept in the file: vectors of another model (or version) do not match it. */
    private static final String PROBE = "催收天天打电话骂我，我该怎么办";
    private static final double SAME_MODEL = 0.9999;

    private final Path file;
    private final Path shipped;

    /** {@code shipped}: a file read while {@code file} is not there yet; null for none. */
    ExampleVectorFile(Path file, Path shipped) {
        this.file = file;
        this.shipped = shipped;
    }

    /** The data folder's file. */
    static ExampleVectorFile inFolder(Path folder, Path shipped) {
        return new ExampleVectorFile(folder.resolve(NAME), shipped);
    }

    /**
     * The vectors in the data folder's file, or else in the shipped one, if this model made them; none when there is
     * no file or it cannot be used.
     */
    Map<String, float[]> read(SentenceEncoder model) {
        Map<String, float[]> kept = Files.isRegularFile(file) ? read(file, model) : Map.of();
        return kept.isEmpty() && shipped != null && Files.isRegularFile(shipped) ? read(shipped, model) : kept;
    }

    private static Map<String, float[]> read(Path file, SentenceEncoder model) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                return Map.of();
            }
            int dims = size(in, 4);
            float[] probe = floats(in, dims);
            if (SentenceEncoder.similarity(probe, model.encode(PROBE)) < SAME_MODEL) {
                log.info("the example vectors in {} were made by another model; the examples are encoded again", file);
                return Map.of();
            }
            int count = size(in, 4 + 4 * dims);
            Map<String, float[]> vectors = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                byte[] text = new byte[size(in, 1)];
                in.get(text);
                vectors.put(new String(text, StandardCharsets.UTF_8), floats(in, dims));
            }
            return vectors;
        } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
            log.warn("the example vectors in {} could not be read ({}); the examples are encoded again", file, e.toString());
            return Map.of();
        }
    }

    /**
     * Replaces the file with these examples' vectors, whole or not at all; a failure costs only the next start's time.
     * Whether the file was written.
     */
    boolean write(List<String> texts, Map<String, float[]> vectors, SentenceEncoder model) {
        float[] probe = model.encode(PROBE);
        List<byte[]> encoded = texts.stream().distinct().filter(vectors::containsKey)
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        int size = 16 + 4 * probe.length + encoded.stream().mapToInt(t -> 4 + t.length + 4 * probe.length).sum();
        ByteBuffer out = ByteBuffer.allocate(size).putInt(MAGIC).putInt(VERSION).putInt(probe.length);
        out.asFloatBuffer().put(probe);
        out.position(out.position() + 4 * probe.length).putInt(encoded.size());
        for (byte[] text : encoded) {
            out.putInt(text.length).put(text);
            out.asFloatBuffer().put(vectors.get(new String(text, StandardCharsets.UTF_8)));
            out.position(out.position() + 4 * probe.length);
        }
        try {
            PrivateFolder.create(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), NAME, ".tmp");
            try {
                Files.write(temp, out.array());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            log.warn("the example vectors could not be kept in {} ({}); the next start encodes them again",
                    file.getParent(), e.toString());
            return false;
        }
    }

    /** A count read from the file, each item at least {@code bytes} long: no more than the file can hold. */
    private static int size(ByteBuffer in, int bytes) {
        int n = in.getInt();
        if (n < 0 || (long) n * bytes > in.remaining()) {
            throw new IllegalArgumentException("a count of " + n + " where " + in.remaining() + " bytes are left");
        }
        return n;
    }

    private static float[] floats(ByteBuffer in, int count) {
        float[] values = new float[count];
        in.asFloatBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }
}
