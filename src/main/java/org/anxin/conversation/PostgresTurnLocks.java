package org.anxin.conversation;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.anxin.privacy.Digests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One turn at a time per conversation across every node on one PostgreSQL database. The turn runs in one
 * transaction that first takes a transaction-scoped advisory lock on the conversation; the store's reads and writes
 * join that transaction, so the lock is held until the turn's commit and released by it (or by the database when a
 * node dies). Threads of one node wait in the process first ({@link ConversationLocks}), so a node holds at most one
 * connection per conversation, and PostgreSQL grants a waiting lock in the order it was asked for, so turns of one
 * chat are taken in the order they arrived. Re-entrant: a nested call joins the transaction, and a second advisory
 * lock on the same key by the same session is granted at once.
 */
final class PostgresTurnLocks implements TurnLocks {

    /** How long a turn waits for another node's turn of the same conversation. */
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(30);

    private final TurnLocks inProcess = new ConversationLocks();
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    PostgresTurnLocks(TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public <T> T withLock(String conversationId, Supplier<T> work) {
        return inProcess.withLock(conversationId, () -> transactions.execute(tx -> {
            // A turn stuck on another node fails this one after a while (the channel retries) instead of holding a
            // connection for ever.
            jdbc.execute("SET LOCAL lock_timeout = '" + WAIT.toMillis() + "ms'");
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", Object.class, key(conversationId));
            return work.get();
        }));
    }

    /** The advisory lock's 64-bit key: the first 8 bytes of the id's SHA-256, the same on every node. */
    static long key(String conversationId) {
        return ByteBuffer.wrap(Digests.sha256(conversationId)).getLong();
    }
}
