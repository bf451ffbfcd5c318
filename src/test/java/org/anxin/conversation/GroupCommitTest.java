package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes to the embedded store share commits: each caller still returns only with its own write durable, and alone. */
class GroupCommitTest {

    @TempDir
    Path folder;

    private HikariDataSource sqlite;
    private JdbcTemplate jdbc;
    private final AtomicInteger commits = new AtomicInteger();
    private TransactionTemplate transactions;
    private GroupCommit group;

    @BeforeEach
    void database() {
        sqlite = new HikariDataSource();
        sqlite.setJdbcUrl("jdbc:sqlite:" + folder.resolve("t.db") + "?journal_mode=WAL&synchronous=FULL");
        sqlite.setMaximumPoolSize(1); // as the store's writer: one connection
        jdbc = new JdbcTemplate(sqlite);
        jdbc.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        transactions = new TransactionTemplate(new JdbcTransactionManager(sqlite) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                commits.incrementAndGet();
                super.doCommit(status);
            }
        });
        group = GroupCommit.start(transactions);
    }

    @AfterEach
    void close() throws Exception {
        group.close();
        sqlite.close();
    }

    @Test
    void writesQueuedWhileTheWriterIsBusyShareOneCommitAndEachCallerSeesItsOwnResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(21);
        try {
            CompletableFuture<Integer> first = holdingTheWriter(release, callers,
                    () -> jdbc.update("INSERT INTO answer VALUES (0, 'first')"));
            List<CompletableFuture<Integer>> queued = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                int id = i;
                queued.add(CompletableFuture.supplyAsync(() -> group.inTransaction(() -> {
                    jdbc.update("INSERT INTO answer VALUES (?, ?)", id, "answer " + id);
                    return id;
                }), callers));
            }
            waitUntilQueued(20);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            for (int i = 0; i < 20; i++) {
                assertThat(queued.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i + 1);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class)).isEqualTo(21);
        assertThat(commits.get()).as("the busy write's commit, then one for the twenty queued behind it").isEqualTo(2);
    }

    @Test
    void aWriteThatFailsIsUndoneAloneAndItsCallerGetsItsException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            CompletableFuture<Object> blocker = holdingTheWriter(release, callers, () -> null);
            CompletableFuture<Integer> before = CompletableFuture.supplyAsync(
                    () -> group.inTransaction(() -> jdbc.update("INSERT INTO answer VALUES (1, 'kept')")), callers);
            waitUntilQueued(1);
            CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> group.inTransaction(() -> {
                jdbc.update("INSERT INTO answer VALUES (2, 'undone')");
                throw new ConcurrentTurnException("changed since it was read");
            }), callers);
            waitUntilQueued(2);
            CompletableFuture<Integer> after = CompletableFuture.supplyAsync(
                    () -> group.inTransaction(() -> jdbc.update("INSERT INTO answer VALUES (3, 'kept too')")), callers);
            waitUntilQueued(3);
            release.countDown();

            blocker.get(10, TimeUnit.SECONDS);
            assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentTurnException.class);
        } finally {
            callers.shutdownNow();
        }
        assertThat(jdbc.queryForList("SELECT text FROM answer ORDER BY id", String.class)).containsExactly("kept", "kept too");
    }

    @Test
    void aCallerAlreadyInATransactionWritesInItInsteadOfWaitingForTheConnectionItHolds() {
        Integer written = transactions.execute(tx -> {
            jdbc.update("INSERT INTO answer VALUES (1, 'outer')");
            return group.inTransaction(() -> jdbc.update("INSERT INTO answer VALUES (2, 'inner')"));
        });
        assertThat(written).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class)).isEqualTo(2);
    }

    @Test
    void anotherProcessWritingTheFileMidBatchWaitsForTheBatchInsteadOfFailingIt() throws Exception {
        // With the store writer's own options.
        try (HikariDataSource immediate = new HikariDataSource()) {
            immediate.setJdbcUrl("jdbc:sqlite:" + folder.resolve("t.db") + "?journal_mode=WAL&synchronous=FULL"
                    + "&busy_timeout=10000" + ConversationConfiguration.WRITER_OPTIONS);
            immediate.setMaximumPoolSize(1);
            JdbcTemplate writer = new JdbcTemplate(immediate);
            GroupCommit immediateGroup = GroupCommit.start(new TransactionTemplate(new JdbcTransactionManager(immediate)));
            CountDownLatch read = new CountDownLatch(1);
            CountDownLatch otherTried = new CountDownLatch(1);
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                // A turn reads (its snapshot is fixed), another process commits a write, the turn then writes.
                CompletableFuture<Integer> turn = CompletableFuture.supplyAsync(() -> immediateGroup.inTransaction(() -> {
                    writer.queryForObject("SELECT COUNT(*) FROM answer", Integer.class);
                    read.countDown();
                    hold(otherTried);
                    return writer.update("INSERT INTO answer VALUES (1, 'turn')");
                }), callers);
                read.await(10, TimeUnit.SECONDS);
                CompletableFuture<Integer> otherProcess = CompletableFuture.supplyAsync(() -> {
                    try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                            "jdbc:sqlite:" + folder.resolve("t.db") + "?busy_timeout=10000")) {
                        other.setAutoCommit(true);
                        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(otherTried::countDown);
                        return other.createStatement().executeUpdate("INSERT INTO answer VALUES (2, 'counselor add')");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, callers);

                assertThat(turn.get(10, TimeUnit.SECONDS)).isEqualTo(1);
                assertThat(otherProcess.get(15, TimeUnit.SECONDS)).isEqualTo(1);
            } finally {
                otherTried.countDown();
                callers.shutdownNow();
                immediateGroup.close();
            }
        }
        assertThat(jdbc.queryForList("SELECT text FROM answer ORDER BY id", String.class)).containsExactly("turn", "counselor add");
    }

    @Test
    void afterCloseWritesStillGoThroughOnTheCallersThread() throws Exception {
        group.close();
        assertThat(group.inTransaction(() -> jdbc.update("INSERT INTO answer VALUES (1, 'late')"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT text FROM answer", String.class)).isEqualTo("late");
    }

    /**
     * A write that keeps the group's writer thread until {@code release}, then does {@code work}; returns once the
     * writer has taken it, so that writes made after it queue behind it.
     */
    private <T> CompletableFuture<T> holdingTheWriter(CountDownLatch release, ExecutorService callers,
            java.util.function.Supplier<T> work) throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CompletableFuture<T> write = CompletableFuture.supplyAsync(() -> group.inTransaction(() -> {
            busy.countDown();
            hold(release);
            return work.get();
        }), callers);
        busy.await();
        return write;
    }

    /** Waits until {@code n} callers wait on the group (the writer thread is held by the first write). */
    private void waitUntilQueued(int n) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> group.queued() >= n);
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
