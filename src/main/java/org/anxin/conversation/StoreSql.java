package org.anxin.conversation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the conversation store reaches its database: {@code writer} for writes (and for reads inside a transaction,
 * which must see its own writes), {@code readers} for every other read, {@code transactions} to run each write,
 * {@code claims} for who sends a conversation's answers. On PostgreSQL all of them are the one pool; on the embedded
 * SQLite store reads have connections of their own (WAL lets them read while the one writer writes), writes share
 * commits ({@link GroupCommit}), and claims stay in memory.
 */
record StoreSql(JdbcTemplate writer, JdbcTemplate readers, WriteTransactions transactions, DeliveryClaims claims)
        implements AutoCloseable {

    /** Where a read runs: on the writer inside a transaction, else on the readers. */
    JdbcTemplate reads() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? writer : readers;
    }

    /** Stops the group commit and closes the readers' own connections, if there are such. */
    @Override
    public void close() throws Exception {
        if (transactions instanceof AutoCloseable group) {
            group.close();
        }
        if (readers != writer && readers.getDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
