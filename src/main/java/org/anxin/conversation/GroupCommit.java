package org.anxin.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the embedded SQLite store. SQLite has one writer, and with {@code synchronous=FULL} every commit
 * waits for the disk to flush; committing each turn and each part sent on its own made those flushes the limit
 * under load (docs/performance.md). Here one thread takes the writes queued at the same moment, runs each inside a
 * savepoint of one transaction (a write that fails is undone alone and its caller told at once) and commits them
 * all with one flush. Each caller returns only once that commit is durable, as it did with its own transaction.
 * The writer's connection begins its transactions IMMEDIATE (it takes the file's write lock first), so another
 * process writing the file (a command-line tool) makes it wait instead of failing a batch on a stale snapshot.
 * A caller already inside a transaction writes in it on its own thread, since the one connection is already its.
 */
final class GroupCommit implements WriteTransactions, AutoCloseable {

    /** Enough for every request thread and sender at once; a bigger batch would only delay its first caller. */
    private static final int MAX_BATCH = 64;

    private final TransactionTemplate transactions;
    /** Where a write runs when it cannot wait for the writer: inside its caller's transaction, or after close. */
    private final WriteTransactions onCallersThread;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Object gate = new Object();
    private final Thread writer;
    private boolean closed;

    private GroupCommit(TransactionTemplate transactions) {
        this.transactions = transactions;
        this.onCallersThread = WriteTransactions.direct(transactions);
        this.writer = new Thread(this::writeBatches, "anxin-store-writer");
        writer.setDaemon(true);
    }

    /** A group commit with its writer thread running. */
    static GroupCommit start(TransactionTemplate transactions) {
        GroupCommit group = new GroupCommit(transactions);
        group.writer.start();
        return group;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Job<T> job = new Job<>(work, new CompletableFuture<>());
        synchronized (gate) {
            if (!closed && Thread.currentThread() != writer && !TransactionSynchronizationManager.isActualTransactionActive()) {
                queue.add(job);
            } else {
                return onCallersThread.inTransaction(work);
            }
        }
        try {
            return job.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Writes waiting for the writer now. */
    int queued() {
        return queue.size();
    }

    private void writeBatches() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                batch.clear();
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean stop = batch.removeIf(job -> job == Job.STOP);
                if (!batch.isEmpty()) {
                    commit(batch);
                }
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // However the writer ends, nobody may wait for it: later writes run on their callers' threads.
            synchronized (gate) {
                closed = true;
            }
            IllegalStateException stopped = new IllegalStateException("the store's writer stopped");
            batch.forEach(job -> job.done().completeExceptionally(stopped));
            queue.forEach(job -> job.done().completeExceptionally(stopped));
        }
    }

    private void commit(List<Job<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try {
            transactions.executeWithoutResult(tx -> {
                for (Job<?> job : batch) {
                    Object savepoint = tx.createSavepoint();
                    try {
                        completions.add(job.runFor());
                        tx.releaseSavepoint(savepoint);
                    } catch (RuntimeException | Error e) {
                        tx.rollbackToSavepoint(savepoint);
                        job.done().completeExceptionally(e);
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            // The commit itself failed (or a rollback to a savepoint did): nothing of this batch is stored.
            batch.forEach(job -> job.done().completeExceptionally(e));
            return;
        }
        completions.forEach(Runnable::run);
    }

    /** Stops taking writes once those already queued are committed; later writes run on their callers' threads. */
    @Override
    public void close() throws InterruptedException {
        synchronized (gate) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Job.STOP);
        }
        writer.join();
    }

    private record Job<T>(Supplier<T> work, CompletableFuture<T> done) {

        static final Job<Void> STOP = new Job<>(() -> null, new CompletableFuture<>());

        /** Runs the work; answers what completes its caller once the transaction has committed. */
        Runnable runFor() {
            T result = work.get();
            return () -> done.complete(result);
        }
    }
}
