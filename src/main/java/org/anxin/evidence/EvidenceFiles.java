package org.anxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anxin.dialog.Incident;
import org.anxin.privacy.DataSealer;
import org.anxin.privacy.PersonalDataHolder;

/**
 * The one place that writes, reads and deletes the bytes of evidence files: under {@code <root>/<hash of the
 * conversation id>/<sha256>}, sealed with the {@link DataSealer} (the conversation and the file named in the seal).
 * A file's SHA-256 names it, so the same file sent twice is kept once. The file's name and type are recorded in the
 * incident, not here; the directory name is a hash, so a listing of the disk shows no chat ids.
 */
public final class EvidenceFiles implements PersonalDataHolder {

    private static final Pattern REF = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,60}/[a-z0-9][a-z0-9.+-]{0,60}");

    private final Path root;
    private final DataSealer sealer;
    private final EvidenceProperties limits;

    public EvidenceFiles(Path root, DataSealer sealer, EvidenceProperties limits) {
        this.root = root;
        this.sealer = sealer;
        this.limits = limits;
    }

    public EvidenceProperties limits() {
        return limits;
    }

    /** Thrown when a file is larger than {@code anxin.evidence.max-file-bytes}; nothing was kept. */
    public static final class TooBig extends Exception {
        TooBig() {
            super("evidence file over the size limit");
        }
    }

    /** Thrown when the conversation already has {@code anxin.evidence.max-files} files; nothing was kept. */
    public static final class TooMany extends Exception {
        TooMany() {
            super("evidence files over the count limit");
        }
    }

    /**
     * Reads the content (at most the size limit), seals and stores it, and returns what the incident records: a
     * cleaned-up name and type, the size, the SHA-256 and {@code received}.
     */
    public Incident.File store(String conversationId, String name, String type, InputStream content, Instant received)
            throws IOException, TooBig, TooMany {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
            throw new TooBig();
        }
        String sha256 = HexFormat.of().formatHex(sha256(bytes));
        Path dir = dir(conversationId);
        Path target = dir.resolve(sha256);
        if (!Files.exists(target)) {
            if (count(conversationId) >= limits.maxFiles()) {
                throw new TooMany();
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "incoming", ".part");
            try {
                Files.write(partial, sealer.seal(bytes, context(conversationId, sha256)));
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return new Incident.File(sha256, cleanName(name), cleanType(type), bytes.length, sha256, received);
    }

    /** The file's bytes, opened; empty when it is not (or no longer) kept. */
    public java.util.Optional<byte[]> read(String conversationId, String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            return java.util.Optional.empty();
        }
        Path file = dir(conversationId).resolve(ref);
        try {
            return Files.exists(file) ? java.util.Optional.of(sealer.open(Files.readAllBytes(file), context(conversationId, ref)))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String conversationId, String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(dir(conversationId).resolve(ref));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count(String conversationId) {
        return stored(conversationId).size();
    }

    @Override
    public String name() {
        return "evidence-files";
    }

    /** The files kept for the conversation: SHA-256, stored size and when each was stored. */
    @Override
    public Map<String, Object> export(String conversationId) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Path file : stored(conversationId)) {
            try {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("sha256", file.getFileName().toString());
                entry.put("storedBytes", Files.size(file));
                entry.put("stored", Files.getLastModifiedTime(file).toInstant().toString());
                files.add(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("files", files);
    }

    @Override
    public void erase(String conversationId) {
        Path dir = dir(conversationId);
        try {
            for (Path file : stored(conversationId)) {
                Files.deleteIfExists(file);
            }
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
                    for (Path leftover : rest) {
                        Files.deleteIfExists(leftover); // an interrupted upload's partial file
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> stored(String conversationId) {
        Path dir = dir(conversationId);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path file : all) {
                if (REF.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private Path dir(String conversationId) {
        return root.resolve(HexFormat.of().formatHex(sha256(conversationId.getBytes(StandardCharsets.UTF_8))).substring(0, 32));
    }

    private static String context(String conversationId, String ref) {
        return "evidence:" + conversationId + ":" + ref;
    }

    /** A name fit to show and to put in a letter: no control characters or path, at most 80 characters. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        StringBuilder b = new StringBuilder();
        base.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .limit(80).forEach(b::appendCodePoint);
        String clean = b.toString().strip();
        return clean.isEmpty() ? "file" : clean;
    }

    static String cleanType(String type) {
        String t = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT).replaceAll(";.*$", "");
        return TYPE.matcher(t).matches() ? t : "application/octet-stream";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
