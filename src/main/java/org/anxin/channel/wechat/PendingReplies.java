package org.anxin.channel.wechat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anxin.dialog.Reply;
import org.anxin.privacy.DataSealer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies WeChat refused to deliver (45015: the user's 48-hour window had closed), kept in the store until the
 * user writes again, when they go out first. In the store, not in memory, so that a restart loses none; sealed,
 * like every answer kept in the store.
 */
final class PendingReplies {

    private static final TypeReference<List<Reply>> REPLIES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final DataSealer sealer;

    PendingReplies(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, DataSealer sealer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.sealer = sealer;
    }

    void keep(String conversationId, List<Reply> replies, long nowMillis) {
        if (replies.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO wechat_pending_reply (id, conversation_id, replies, created_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), conversationId,
                sealer.sealText(json.writeValueAsString(replies), conversationId), nowMillis);
    }

    /** The kept replies, oldest first, removed from the store. */
    List<Reply> take(String conversationId) {
        return transactions.execute(tx -> {
            List<String> rows = jdbc.queryForList("SELECT replies FROM wechat_pending_reply WHERE conversation_id = ?"
                    + " ORDER BY created_at, id", String.class, conversationId);
            if (rows.isEmpty()) {
                return List.of();
            }
            jdbc.update("DELETE FROM wechat_pending_reply WHERE conversation_id = ?", conversationId);
            List<Reply> replies = new ArrayList<>();
            rows.forEach(row -> replies.addAll(json.readValue(sealer.openText(row, conversationId), REPLIES)));
            return replies;
        });
    }
}
