package org.anxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.dialog.Incident;
import org.anxin.privacy.DataSealer;
import org.anxin.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one place that writes, reads and deletes the bytes of evidence files: in the store's {@code evidence_file} table,
 * sealed with the {@link DataSealer} (the conversation and the file named in the seal), so every node that shares the
 * store serves them, and erasing the conversation erases them there. A file's SHA-256 names it, so the same file sent
 * twice is kept once. The file's name and type are recorded in the incident, not here.
 */
public final class EvidenceFiles implements PersonalDataHolder {

    private static final Pattern REF = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,60}/[a-z0-9][a-z0-9.+-]{0,60}");

    private final JdbcTemplate jdbc;
    private final DataSealer sealer;
    private final EvidenceProperties limits;
    private final Clock clock;

    public EvidenceFiles(JdbcTemplate jdbc, DataSealer sealer, EvidenceProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.limits = limits;
        this.clock = clock;
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
        String sha256 = org.anxin.privacy.Digests.sha256Hex(bytes);
        if (!kept(conversationId, sha256)) {
            if (count(conversationId) >= limits.maxFiles()) {
                throw new TooMany();
            }
            insert(conversationId, sha256, sealer.seal(bytes, context(conversationId, sha256)), clock.instant());
        }
        return new Incident.File(sha256, cleanName(name), cleanType(type), bytes.length, sha256, received);
    }

    /**
     * Keeps bytes already sealed for this conversation and file (a file an earlier version kept on disk), as they are;
     * a file kept already stays as it was.
     */
    void keepSealed(String conversationId, String sha256, byte[] sealed, Instant stored) {
        insert(conversationId, sha256, sealed, stored);
    }

    private void insert(String conversationId, String sha256, byte[] sealed, Instant stored) {
        // Two nodes (or a retry) storing the same file at once keep one row: the second insert does nothing.
        jdbc.update("INSERT INTO evidence_file (conversation_id, sha256, content, stored_bytes, created_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation_id, sha256) DO NOTHING", conversationId, sha256,
                Base64.getEncoder().encodeToString(sealed), sealed.length, stored.toEpochMilli());
    }

    private boolean kept(String conversationId, String sha256) {
        return !jdbc.queryForList("SELECT 1 FROM evidence_file WHERE conversation_id = ? AND sha256 = ?", Integer.class,
                conversationId, sha256).isEmpty();
    }

    /** The file's bytes, opened; empty when it is not (or no longer) kept. */
    public Optional<byte[]> read(String conversationId, String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT content FROM evidence_file WHERE conversation_id = ? AND sha256 = ?", String.class,
                conversationId, ref).stream().findFirst()
                .map(content -> sealer.open(Base64.getDecoder().decode(content), context(conversationId, ref)));
    }

    public void delete(String conversationId, String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            return;
        }
        jdbc.update("DELETE FROM evidence_file WHERE conversation_id = ? AND sha256 = ?", conversationId, ref);
    }

    public int count(String conversationId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE conversation_id = ?", Integer.class,
                conversationId);
        return n == null ? 0 : n;
    }

    @Override
    public String name() {
        return "evidence-files";
    }

    /** The files kept for the conversation: SHA-256, stored size and when each was stored. */
    @Override
    public Map<String, Object> export(String conversationId) {
        List<Map<String, Object>> files = jdbc.query("SELECT sha256, stored_bytes, created_at FROM evidence_file"
                + " WHERE conversation_id = ? ORDER BY created_at, sha256", (rs, n) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("sha256", rs.getString(1));
                    entry.put("storedBytes", rs.getLong(2));
                    entry.put("stored", Instant.ofEpochMilli(rs.getLong(3)).toString());
                    return entry;
                }, conversationId);
        return Map.of("files", files);
    }

    @Override
    public void erase(String conversationId) {
        jdbc.update("DELETE FROM evidence_file WHERE conversation_id = ?", conversationId);
    }

    /** Sealed bytes open only as the file of the conversation they were sealed for (the same as on disk before). */
    static String context(String conversationId, String ref) {
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
}
