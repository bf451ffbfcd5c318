package org.anxin.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.anxin.dialog.DialogState;
import org.anxin.privacy.DataSealer;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final StateCodec codec;
    private final JsonMapper json;
    private final DataSealer sealer;

    JdbcConversationStore(JdbcTemplate jdbc, TransactionTemplate transactions, StateCodec codec, JsonMapper json,
            DataSealer sealer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
        this.json = json;
        this.sealer = sealer;
    }

    @Override
    public Optional<StoredConversation> load(String conversationId) {
        List<StoredConversation> rows = jdbc.query("SELECT state, version FROM conversation WHERE id = ?",
                (rs, n) -> new StoredConversation(conversationId, codec.read(sealer.openText(rs.getString(1), conversationId)), rs.getLong(2)),
                conversationId);
        return rows.stream().findFirst();
    }

    @Override
    public Optional<TurnResult> processed(String channel, String messageId) {
        return jdbc.query("SELECT conversation_id, result FROM processed_message WHERE channel = ? AND message_id = ?",
                (rs, n) -> result(rs.getString(1), rs.getString(2)), channel, messageId).stream().findFirst();
    }

    @Override
    public StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result,
            List<TurnFile> files) {
        long now = inbound.at().toEpochMilli();
        try {
            return transactions.execute(tx -> {
                long version = writeState(previous, next.id(), next.state(), now);
                if (!files.isEmpty()) {
                    jdbc.update("DELETE FROM turn_file WHERE conversation_id = ? AND created_at < ?", next.id(),
                            now - FILES_KEPT.toMillis());
                }
                for (TurnFile file : files) {
                    jdbc.update("INSERT INTO turn_file (conversation_id, id, name, media_type, content, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", next.id(), file.id(), file.name(), file.mediaType(),
                            Base64.getEncoder().encodeToString(sealer.seal(file.bytes(), fileContext(next.id(), file.id()))), now);
                }
                if (inbound.messageId() != null) {
                    jdbc.update("INSERT INTO processed_message (channel, message_id, conversation_id, result, processed_at)"
                            + " VALUES (?, ?, ?, ?, ?)", inbound.channel(), inbound.messageId(), next.id(),
                            sealer.sealText(json.writeValueAsString(result), next.id()), now);
                }
                return new StoredConversation(next.id(), next.state(), version);
            });
        } catch (DuplicateKeyException e) {
            throw new ConcurrentTurnException("conversation or message was written by another turn");
        }
    }

    @Override
    public Optional<TurnFile> file(String conversationId, String fileId) {
        return jdbc.query("SELECT name, media_type, content FROM turn_file WHERE conversation_id = ? AND id = ?",
                (rs, n) -> new TurnFile(fileId, rs.getString(1), rs.getString(2),
                        sealer.open(Base64.getDecoder().decode(rs.getString(3)), fileContext(conversationId, fileId))),
                conversationId, fileId).stream().findFirst();
    }

    /** Sealed bytes open only as the file they were sealed as. */
    private static String fileContext(String conversationId, String fileId) {
        return conversationId + "/" + fileId;
    }

    private long writeState(StoredConversation previous, String id, DialogState state, long now) {
        String stateJson = sealer.sealText(codec.write(state), id);
        if (previous == null) {
            jdbc.update("INSERT INTO conversation (id, state, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                    id, stateJson, now, now);
            return 1;
        }
        int updated = jdbc.update("UPDATE conversation SET state = ?, version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?", stateJson, now, id, previous.version());
        if (updated != 1) {
            throw new ConcurrentTurnException("conversation changed since it was read");
        }
        return previous.version() + 1;
    }

    @Override
    public Optional<PendingDelivery> pendingDelivery(String channel, String messageId) {
        return jdbc.query("SELECT message_id, conversation_id, result, delivered_parts FROM processed_message"
                + " WHERE channel = ? AND message_id = ? AND delivered_at IS NULL",
                (rs, n) -> pending(channel, rs), channel, messageId).stream().findFirst();
    }

    @Override
    public List<PendingDelivery> pendingDeliveries(String channel, Instant processedBefore, int limit) {
        return jdbc.query("SELECT message_id, conversation_id, result, delivered_parts FROM processed_message"
                + " WHERE channel = ? AND delivered_at IS NULL AND processed_at < ? ORDER BY processed_at LIMIT ?",
                (rs, n) -> pending(channel, rs), channel, processedBefore.toEpochMilli(), limit);
    }

    private PendingDelivery pending(String channel, ResultSet rs) throws SQLException {
        return new PendingDelivery(channel, rs.getString(1), rs.getString(2), result(rs.getString(2), rs.getString(3)),
                rs.getInt(4));
    }

    private TurnResult result(String conversationId, String stored) {
        return json.readValue(sealer.openText(stored, conversationId), TurnResult.class);
    }

    @Override
    public void recordDelivery(String channel, String messageId, int deliveredParts, boolean complete, Instant at) {
        jdbc.update("UPDATE processed_message SET delivered_parts = ?, delivered_at = ? WHERE channel = ? AND message_id = ?",
                deliveredParts, complete ? at.toEpochMilli() : null, channel, messageId);
    }

    @Override
    public void erase(String conversationId) {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM processed_message WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM turn_file WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM wechat_pending_reply WHERE conversation_id = ?", conversationId);
            jdbc.update("DELETE FROM conversation WHERE id = ?", conversationId);
        });
    }

    @Override
    public List<String> untouchedSince(Instant cutoff, int limit) {
        return jdbc.queryForList("SELECT id FROM conversation WHERE updated_at < ? ORDER BY updated_at LIMIT ?",
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
