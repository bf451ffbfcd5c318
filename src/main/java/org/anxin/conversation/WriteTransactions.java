package org.anxin.conversation;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the conversation store's writes, each as one transaction. */
interface WriteTransactions {

    /**
     * Runs {@code work} in a transaction and returns its result once that transaction is durable; an exception
     * {@code work} throws rolls back its writes and reaches the caller as it was thrown.
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Each write in its own transaction on the calling thread, joining one already open there (a turn on PostgreSQL
     * runs inside its advisory lock's transaction).
     */
    static WriteTransactions direct(TransactionTemplate transactions) {
        return new WriteTransactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transactions.execute(tx -> work.get());
            }
        };
    }
}
