package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A channel acknowledging messages faster than answers go out waits for the sender loop, within its patience. */
class OutboxSenderTest {

    private final ConversationStore store = mock(ConversationStore.class);
    private final CountDownLatch apiAnswers = new CountDownLatch(1);
    private OutboxSender loop;

    @BeforeEach
    void oneSenderWhoseFirstSendHangsUntilTheApiAnswers() {
        when(store.claim(any(), any())).thenReturn(true);
        when(store.unsent(eq("telegram"), anyString())).thenAnswer(call -> List.of(new PendingDelivery("telegram", "m",
                call.getArgument(1), TurnResult.ephemeral(List.of(), null, "zh-CN"), 0, Instant.EPOCH)));
        loop = new OutboxSender("telegram", store, (pending, progress) -> {
            try {
                apiAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OutboxSender.Sent.ALL;
        }, 1, Duration.ofSeconds(10), Clock.systemUTC(), TurnMetrics.NONE);
    }

    @AfterEach
    void close() {
        apiAnswers.countDown();
        loop.close();
    }

    @Test
    void anAcknowledgementWaitsWhileTooManyChatsWaitAndGoesOnOnceTheLoopCatchesUp() throws Exception {
        for (String chat : List.of("telegram:1", "telegram:2", "telegram:3")) {
            loop.afterCommit(chat); // the first is being sent; two wait behind it
        }
        CompletableFuture<Void> acknowledged = CompletableFuture.runAsync(() -> loop.awaitRoom(2, Duration.ofSeconds(10)));

        Thread.sleep(300);
        assertThat(acknowledged).as("two chats still wait for the one sender").isNotDone();
        apiAnswers.countDown();
        acknowledged.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAcknowledgementWaitsNoLongerThanItsPatience() throws Exception {
        for (String chat : List.of("telegram:1", "telegram:2", "telegram:3")) {
            loop.afterCommit(chat);
        }
        long started = System.nanoTime();
        loop.awaitRoom(2, Duration.ofMillis(200));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
    }

    @Test
    void withRoomAnAcknowledgementDoesNotWait() {
        loop.afterCommit("telegram:1");
        CompletableFuture<Void> acknowledged = CompletableFuture.runAsync(() -> loop.awaitRoom(2, Duration.ofSeconds(30)));
        assertThat(acknowledged).succeedsWithin(Duration.ofSeconds(5));
    }
}
