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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's sender loop. Answers are stored with their turn and a row in the delivery table; this loop sends
 * them from there, one conversation at a time and in order, many conversations side by side, recording each part as
 * it goes out, so a resend continues where sending stopped and sends the same answer. Before sending, the node
 * claims the conversation in the store ({@link DeliveryLease}), so with several nodes on one database exactly one
 * sends a conversation's answers, in order, and a dead node's claims pass to another when they run out. It sends
 * right after the commit ({@link #afterCommit}); a sweep at start-up and then on a schedule catches what a crash, an
 * outage or another node left.
 * Calls that are no answer of a turn (a notice, a button acknowledged) go through the same per-conversation line
 * ({@link #untracked}) so they keep their place. A crash between a part going out and its record can send that one
 * part again: the channels' APIs offer no idempotency key.
 */
public final class OutboxSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int SWEEP_BATCH = 5_000;
    /**
     * How long a claim to send a conversation's answers holds without renewal. It is renewed as each part goes out,
     * so it only runs out when its node stopped; longer than one part's sending with its retries takes.
     */
    static final Duration LEASE = Duration.ofSeconds(60);

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
    /** This process's name on the claims it holds: a restarted node is a new owner and never mistakes old claims. */
    private final String owner = org.anxin.cluster.NodeName.get() + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
    private final TurnMetrics metrics;
    /** Made again when a stopped context starts again (the test context cache pauses and resumes contexts). */
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService scheduler;
    /** The last task queued per conversation; the next one starts when it ends. */
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** Conversations with a send queued and not yet started: a second request adds nothing. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    /** Signalled when a queued send starts, for callers waiting for room ({@link #awaitRoom}). */
    private final ReentrantLock roomLock = new ReentrantLock();
    private final Condition room = roomLock.newCondition();
    private final AtomicInteger waitingForRoom = new AtomicInteger();

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
            if (waitingForRoom.get() > 0) {
                roomLock.lock();
                try {
                    room.signalAll();
                } finally {
                    roomLock.unlock();
                }
            }
            drain(conversationId);
        });
    }

    /**
     * Waits, at most {@code patience}, while {@code limit} or more conversations wait for this loop to start sending.
     * A channel calls it before acknowledging a message: under load, taking new messages slows to the pace answers go
     * out (the platform holds the next ones meanwhile) instead of every answer falling further behind.
     */
    public void awaitRoom(int limit, Duration patience) {
        if (queued.size() < limit) {
            return;
        }
        waitingForRoom.incrementAndGet();
        roomLock.lock();
        try {
            long left = patience.toNanos();
            while (queued.size() >= limit && left > 0) {
                left = room.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            roomLock.unlock();
            waitingForRoom.decrementAndGet();
        }
    }

    /** Something to send that is no stored answer, in its place among the conversation's answers. */
    public void untracked(String conversationId, Runnable task) {
        inOrder(conversationId, task);
    }

    /**
     * Sends the conversation's unsent answers in order while this node holds its claim. A node that finds the claim
     * held elsewhere leaves the answers to the holder, which looks again after it lets go, so an answer committed
     * meanwhile is not stranded.
     */
    private void drain(String conversationId) {
        while (store.claim(lease(conversationId), clock.instant())) {
            boolean stopped = false;
            try {
                for (PendingDelivery pending : store.unsent(channel, conversationId)) {
                    Sent sent = courier.send(pending, (parts, complete) -> {
                        java.time.Instant now = clock.instant();
                        store.recordDelivery(channel, pending.messageId(), parts, complete, now, lease(conversationId));
                        if (complete) {
                            metrics.answerSent(channel, Duration.between(pending.created(), now));
                        }
                    });
                    if (sent == Sent.WHEN_USER_WRITES) {
                        store.park(channel, pending.messageId(), clock.instant());
                    }
                    if (sent != Sent.ALL) {
                        stopped = true; // the later answers wait behind this one
                        break;
                    }
                }
            } finally {
                store.release(lease(conversationId));
            }
            if (stopped || !store.hasUnsent(channel, conversationId)) {
                return;
            }
        }
    }

    /**
     * Records an answer as sent by the channel in another way (WeChat's passive reply in the request's response), if
     * no sender of this node or another is sending the conversation's answers now; false leaves it to the loop.
     */
    public boolean sentOtherwise(String conversationId, String messageId, int parts) {
        DeliveryLease claim = new DeliveryLease(channel, conversationId, owner + "/reply", clock.instant().plus(LEASE));
        if (!store.claim(claim, clock.instant())) {
            return false;
        }
        try {
            store.recordDelivery(channel, messageId, parts, true, clock.instant(), null);
            return true;
        } finally {
            store.release(claim);
        }
    }

    private DeliveryLease lease(String conversationId) {
        return new DeliveryLease(channel, conversationId, owner, clock.instant().plus(LEASE));
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
        // A send queued but never started must not count as waiting, nor keep its conversation from being queued again.
        queued.clear();
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
