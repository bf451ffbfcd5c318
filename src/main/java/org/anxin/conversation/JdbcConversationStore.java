package org.anxin.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxin.privacy.DataSealer;
import org.anxin.privacy.Digests;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations as JSON in a relational table, in SQL that SQLite (the embedded default) and PostgreSQL both
 * speak. Each row carries a version: an update that does not find the version it read fails instead of
 * overwriting a newer turn. States and stored answers are sealed (encrypted, bound to their conversation) before
 * they are written.
 */
final class JdbcConversationStore implements ConversationStore {

    /** Longer than any download link lives: after it, nothing can ask for a turn's file. */
    static final Duration FILES_KEPT = Duration.ofDays(30);
    /**
     * Longer than any node can hold a stale copy (every load checks the stored version); after it, a hash that could
     * be traced back to a chat number is not worth keeping.
     */
    static final Duration TOMBSTONES_KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final StoreSql sql;
    private final StateCodec codec;
    private final JsonMapper json;
    private final DataSealer sealer;
    private final Set<String> senderLoopChannels;
    private final java.time.Clock clock;

    JdbcConversationStore(StoreSql sql, StateCodec codec, JsonMapper json, DataSealer sealer,
            Set<String> senderLoopChannels, java.time.Clock clock) {
        this.clock = clock;
        this.senderLoopChannels = Set.copyOf(senderLoopChannels);
        this.sql = sql;
        this.jdbc = sql.writer();
        this.codec = codec;
        this.json = json;
        this.sealer = sealer;
    }

    @Override
    public Optional<StoredConversation> load(String conversationId) {
        List<StoredConversation> rows = sql.reads().query("SELECT state, version FROM conversation WHERE id = ?",
                (rs, n) -> new StoredConversation(conversationId, codec.read(sealer.openText(rs.getString(1), conversationId)), rs.getLong(2)),
                conversationId);
        return rows.stream().findFirst();
    }

    @Override
    public Optional<Long> version(String conversationId) {
        return sql.reads().queryForList("SELECT version FROM conversation WHERE id = ?", Long.class, conversationId).stream()
                .findFirst();
    }

    @Override
    public Optional<TurnResult> processed(String channel, String messageId) {
        return sql.reads().query("SELECT conversation_id, result FROM processed_message WHERE channel = ? AND message_id = ?",
                (rs, n) -> result(rs.getString(1), rs.getString(2)), channel, messageId).stream().findFirst();
    }

    @Override
    public StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result,
            List<TurnFile> files) {
        long now = inbound.at().toEpochMilli();
        // Serialised and sealed before the transaction: its writer is shared, and should only write.
        String sealedState = sealer.sealText(codec.write(next.state()), next.id());
        List<String> sealedFiles = files.stream().map(file -> Base64.getEncoder()
                .encodeToString(sealer.seal(file.bytes(), fileContext(next.id(), file.id())))).toList();
        String sealedResult = inbound.messageId() == null ? null
                : sealer.sealText(json.writeValueAsString(result), next.id());
        try {
            return sql.transactions().inTransaction(() -> {
                long version = writeState(previous, next.id(), sealedState, now);
                if (!files.isEmpty()) {
                    jdbc.update("DELETE FROM turn_file WHERE conversation_id = ? AND created_at < ?", next.id(),
                            now - FILES_KEPT.toMillis());
                }
                for (int i = 0; i < files.size(); i++) {
                    TurnFile file = files.get(i);
                    jdbc.update("INSERT INTO turn_file (conversation_id, id, name, media_type, content, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", next.id(), file.id(), file.name(), file.mediaType(),
                            sealedFiles.get(i), now);
                }
                if (sealedResult != null) {
                    jdbc.update("INSERT INTO processed_message (channel, message_id, conversation_id, result, processed_at)"
                            + " VALUES (?, ?, ?, ?, ?)", inbound.channel(), inbound.messageId(), next.id(), sealedResult, now);
                    if (senderLoopChannels.contains(inbound.channel())) {
                        jdbc.update("INSERT INTO outbox_delivery (channel, message_id, conversation_id, created_at)"
                                + " VALUES (?, ?, ?, ?)", inbound.channel(), inbound.messageId(), next.id(), now);
                    }
                }
                return new StoredConversation(next.id(), next.state(), version);
            });
        } catch (DuplicateKeyException e) {
            throw new ConcurrentTurnException("conversation or message was written by another turn");
        } catch (UncategorizedSQLException e) {
            if (duplicateInSqlite(e)) {
                throw new ConcurrentTurnException("conversation or message was written by another turn");
            }
            throw e;
        }
    }

    /**
     * Spring does not translate SQLite's error codes: a key written twice arrives as error 19 (SQLITE_CONSTRAINT)
     * naming the primary key or a unique index, and is the same conflict as PostgreSQL's duplicate key.
     */
    private static boolean duplicateInSqlite(UncategorizedSQLException e) {
        java.sql.SQLException cause = e.getSQLException();
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        return cause != null && cause.getErrorCode() == 19
                && (message.contains("SQLITE_CONSTRAINT_PRIMARYKEY") || message.contains("SQLITE_CONSTRAINT_UNIQUE"));
    }

    @Override
    public Optional<TurnFile> file(String conversationId, String fileId) {
        return sql.reads().query("SELECT name, media_type, content FROM turn_file WHERE conversation_id = ? AND id = ?",
                (rs, n) -> new TurnFile(fileId, rs.getString(1), rs.getString(2),
                        sealer.open(Base64.getDecoder().decode(rs.getString(3)), fileContext(conversationId, fileId))),
                conversationId, fileId).stream().findFirst();
    }

    /** A tombstone names its conversation only by this hash: erasing keeps no chat or account number. */
    private static String idHash(String conversationId) {
        return Digests.sha256Hex(conversationId);
    }

    /** Sealed bytes open only as the file they were sealed as. */
    private static String fileContext(String conversationId, String fileId) {
        return conversationId + "/" + fileId;
    }

    private long writeState(StoredConversation previous, String id, String stateJson, long now) {
        if (previous == null) {
            // A conversation erased before continues from its last version (see conversation_tombstone).
            long first = jdbc.queryForList("SELECT version FROM conversation_tombstone WHERE id_hash = ?", Long.class,
                    idHash(id)).stream().findFirst().orElse(0L) + 1;
            jdbc.update("INSERT INTO conversation (id, state, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    id, stateJson, first, now, now);
            return first;
        }
        int updated = jdbc.update("UPDATE conversation SET state = ?, version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?", stateJson, now, id, previous.version());
        if (updated != 1) {
            throw new ConcurrentTurnException("conversation changed since it was read");
        }
        return previous.version() + 1;
    }

    @Override
    public List<PendingDelivery> unsent(String channel, String conversationId) {
        return sql.reads().query("SELECT d.message_id, d.conversation_id, p.result, d.sent_parts, d.created_at FROM outbox_delivery d"
                + " JOIN processed_message p ON p.channel = d.channel AND p.message_id = d.message_id"
                + " WHERE d.channel = ? AND d.conversation_id = ? AND d.sent_at IS NULL AND d.parked_at IS NULL"
                + " ORDER BY d.created_at, d.message_id",
                (rs, n) -> pending(channel, rs), channel, conversationId);
    }

    @Override
    public List<String> withUnsent(String channel, Instant createdBefore, int limit) {
        return sql.reads().queryForList("SELECT conversation_id FROM outbox_delivery WHERE channel = ? AND sent_at IS NULL"
                + " AND parked_at IS NULL AND created_at < ? GROUP BY conversation_id ORDER BY MIN(created_at) LIMIT ?",
                String.class, channel, createdBefore.toEpochMilli(), limit);
    }

    @Override
    public long unsentCount(String channel) {
        Long count = sql.reads().queryForObject("SELECT COUNT(*) FROM outbox_delivery WHERE channel = ? AND sent_at IS NULL"
                + " AND parked_at IS NULL", Long.class, channel);
        return count == null ? 0 : count;
    }

    private PendingDelivery pending(String channel, ResultSet rs) throws SQLException {
        return new PendingDelivery(channel, rs.getString(1), rs.getString(2), result(rs.getString(2), rs.getString(3)),
                rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5)));
    }

    private TurnResult result(String conversationId, String stored) {
        return json.readValue(sealer.openText(stored, conversationId), TurnResult.class);
    }

    @Override
    public boolean hasUnsent(String channel, String conversationId) {
        return !sql.reads().queryForList("SELECT 1 FROM outbox_delivery WHERE channel = ? AND conversation_id = ?"
                + " AND sent_at IS NULL AND parked_at IS NULL LIMIT 1", Integer.class, channel, conversationId).isEmpty();
    }

    @Override
    public boolean claim(DeliveryLease lease, Instant now) {
        return sql.claims().claim(lease, now);
    }

    @Override
    public void release(DeliveryLease lease) {
        sql.claims().release(lease);
    }

    @Override
    public void recordDelivery(String channel, String messageId, int sentParts, boolean complete, Instant at,
            DeliveryLease renewed) {
        sql.transactions().inTransaction(() -> {
            jdbc.update("UPDATE outbox_delivery SET sent_parts = ?, sent_at = ? WHERE channel = ? AND message_id = ?",
                    sentParts, complete ? at.toEpochMilli() : null, channel, messageId);
            if (renewed != null) {
                sql.claims().renew(renewed);
            }
            return null;
        });
    }

    @Override
    public void park(String channel, String messageId, Instant at) {
        sql.transactions().inTransaction(() -> jdbc.update("UPDATE outbox_delivery SET parked_at = ? WHERE channel = ? AND message_id = ?",
                at.toEpochMilli(), channel, messageId));
    }

    @Override
    public int unpark(String channel, String conversationId) {
        return sql.transactions().inTransaction(() -> jdbc.update("UPDATE outbox_delivery SET parked_at = NULL"
                + " WHERE channel = ? AND conversation_id = ? AND parked_at IS NOT NULL", channel, conversationId));
    }

    @Override
    public void erase(String conversationId) {
        long now = clock.millis();
        sql.transactions().inTransaction(() -> {
            jdbc.update("DELETE FROM conversation_tombstone WHERE erased_at < ?", now - TOMBSTONES_KEPT.toMillis());
            version(conversationId).ifPresent(last -> jdbc.update("INSERT INTO conversation_tombstone"
                    + " (id_hash, version, erased_at) VALUES (?, ?, ?) ON CONFLICT (id_hash) DO UPDATE"
                    + " SET version = excluded.version, erased_at = excluded.erased_at",
                    idHash(conversationId), last, now));
            jdbc.update("DELETE FROM processed_message WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM turn_file WHERE conversation_id = ?", conversationId);
            // Deliveries before claims, the order in which recordDelivery locks them: the other order deadlocked with
            // another node's sender recording a part. Claims are deleted on the embedded store too, where an earlier
            // version kept them as rows.
            jdbc.update("DELETE FROM outbox_delivery WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM outbox_lease WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM conversation WHERE id = ?", conversationId);
            return null;
        });
        sql.claims().forget(conversationId);
    }

    @Override
    public List<String> untouchedSince(Instant cutoff, int limit) {
        return sql.reads().queryForList("SELECT id FROM conversation WHERE updated_at < ? ORDER BY updated_at LIMIT ?",
                String.class, cutoff.toEpochMilli(), limit);
    }

    @Override
    public boolean reachable() {
        try {
            return jdbc.queryForObject("SELECT 1", Integer.class) == 1;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
