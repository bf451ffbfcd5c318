package org.anxin.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's sender loop. Answers are stored with their turn and a row in the delivery table; this loop sends
 * them from there, one conversation at a time and in order, many conversations side by side, recording each part as
 * it goes out, so a resend continues where sending stopped and sends the same answer. It sends right after the
 * commit ({@link #afterCommit}); a sweep at start-up and then on a schedule catches what a crash or an outage left.
 * Calls that are no answer of a turn (a notice, a button acknowledged) go through the same per-conversation line
 * ({@link #untracked}) so they keep their place. A crash between a part going out and its record can send that one
 * part again: the channels' APIs offer no idempotency key.
 */
public final class OutboxSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int SWEEP_BATCH = 500;

    /** Delivers one stored answer for a channel. */
    public interface Courier {

        /**
         * Sends the parts of {@code pending}'s answer from part {@code pending.deliveredParts()} on, calling
         * {@code progress} after each part; answers how it ended.
         */
        Sent send(PendingDelivery pending, Progress progress);
    }

    /** Told after each part that went out (or was refused for good and skipped). */
    public interface Progress {
        void sent(int partsSent, boolean complete);
    }

    /** How sending one answer ended: all of it; not now (try again later); not until the user writes again. */
    public enum Sent { ALL, LATER, WHEN_USER_WRITES }

    private final String channel;
    private final ConversationStore store;
    private final Courier courier;
    private final Duration sweepAfter;
    private final Clock clock;
    private final int threads;
    private final TurnMetrics metrics;
    /** Made again when a stopped context starts again (the test context cache pauses and resumes contexts). */
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService scheduler;
    /** The last task queued per conversation; the next one starts when it ends. */
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** Conversations with a send queued and not yet started: a second request adds nothing. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    /**
     * {@code threads} sends side by side (each conversation in order); {@code sweepAfter} is how old an unsent answer
     * must be before a sweep takes it, since a younger one may still be on its way; {@code metrics} learns how long
     * each answer took to go out.
     */
    public OutboxSender(String channel, ConversationStore store, Courier courier, int threads, Duration sweepAfter,
            Clock clock, TurnMetrics metrics) {
        this.metrics = metrics;
        this.channel = channel;
        this.store = store;
        this.courier = courier;
        this.sweepAfter = sweepAfter;
        this.clock = clock;
        this.threads = threads;
        this.workers = newWorkers();
        this.scheduler = newScheduler();
    }

    private ExecutorService newWorkers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> daemon(r, channel + "-send-" + n.incrementAndGet()));
    }

    private ScheduledExecutorService newScheduler() {
        return Executors.newSingleThreadScheduledExecutor(r -> daemon(r, channel + "-sweep"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** After a turn of this conversation is stored: sends its unsent answers, oldest first. */
    public void afterCommit(String conversationId) {
        if (!queued.add(conversationId)) {
            return;
        }
        inOrder(conversationId, () -> {
            queued.remove(conversationId);
            drain(conversationId);
        });
    }

    /** Something to send that is no stored answer, in its place among the conversation's answers. */
    public void untracked(String conversationId, Runnable task) {
        inOrder(conversationId, task);
    }

    private void drain(String conversationId) {
        for (PendingDelivery pending : store.unsent(channel, conversationId)) {
            Sent sent = courier.send(pending, (parts, complete) -> {
                java.time.Instant now = clock.instant();
                store.recordDelivery(channel, pending.messageId(), parts, complete, now);
                if (complete) {
                    metrics.answerSent(channel, Duration.between(pending.created(), now));
                }
            });
            if (sent == Sent.WHEN_USER_WRITES) {
                store.park(channel, pending.messageId(), clock.instant());
            }
            if (sent != Sent.ALL) {
                return; // the later answers wait behind this one
            }
        }
    }

    /** Sends every answer made before {@code before} that is not yet sent. */
    public void sweep(java.time.Instant before) {
        try {
            store.withUnsent(channel, before, SWEEP_BATCH).forEach(this::afterCommit);
        } catch (RuntimeException e) {
            log.warn("could not look for unsent {} replies", channel, e);
        }
    }

    /** Sends what a previous run left at once, then looks again every {@code interval}. */
    public synchronized void start(Duration interval) {
        if (workers.isShutdown()) {
            workers = newWorkers();
        }
        if (scheduler.isShutdown()) {
            scheduler = newScheduler();
        }
        sweep(clock.instant());
        scheduler.scheduleWithFixedDelay(() -> sweep(clock.instant().minus(sweepAfter)), interval.toMillis(),
                Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void inOrder(String conversationId, Runnable task) {
        CompletableFuture<Void> next = tails.compute(conversationId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .handle((ok, failed) -> (Void) null)
                        .thenRunAsync(() -> guarded(task), workers));
        next.whenComplete((ok, failed) -> tails.remove(conversationId, next));
    }

    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("a {} delivery task failed; unsent replies are sent again later", channel, e);
        }
    }

    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
