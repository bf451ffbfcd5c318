package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxin.AnxinSpringTest;
import org.anxin.DebugLogs;
import org.anxin.dialog.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Turns against the real embedded store: dedupe, one turn at a time, optimistic versions. The chat rate limit is
 * raised so that a burst of concurrent turns can test the lock (the limit has its own test).
 */
@AnxinSpringTest
@ExtendWith(OutputCaptureExtension.class)
class TurnServiceTest {

    @RegisterExtension
    final DebugLogs debug = new DebugLogs("org.anxin");

    @Autowired
    TurnService turns;

    @Autowired
    ConversationStore store;

    private static Inbound text(String chat, String messageId, String text) {
        return new Inbound("test", chat, messageId, new UserInput.Text(text), Instant.now(), "zh-CN");
    }

    /** A user's first contact: a greeting brings the consent notice, and typing 1 agrees; it waits at the menu. */
    private void firstContact(String chat) {
        assertThat(turns.handle(text(chat, chat + "-hello", "你好")).position()).isEqualTo("consent:notice");
        assertThat(turns.handle(text(chat, chat + "-agree", "1")).position()).isEqualTo("start:menu");
    }

    @Test
    void theSameMessageTwiceChangesStateOnceAndAnswersTheSame() {
        firstContact("dedupe");
        TurnResult first = turns.handle(text("dedupe", "m2", "3"));
        long version = store.load("test:dedupe").orElseThrow().version();

        TurnResult again = turns.handle(text("dedupe", "m2", "3"));

        assertThat(again).isEqualTo(first);
        assertThat(first.position()).isEqualTo("negotiate:owed");
        assertThat(store.load("test:dedupe").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void twoInputsForOneChatNeverInterleave() throws Exception {
        firstContact("busy");
        long opened = store.load("test:busy").orElseThrow().version();
        int inputs = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<TurnResult>> results = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            String id = "help-" + i;
            results.add(pool.submit(() -> turns.handle(text("busy", id, "/help"))));
        }
        for (Future<TurnResult> result : results) {
            assertThat(result.get().replies()).isNotEmpty();
        }
        pool.shutdown();
        // Every turn read the version the previous one wrote: none was lost, none failed on a conflict.
        assertThat(store.load("test:busy").orElseThrow().version()).isEqualTo(opened + inputs);
    }

    @Test
    void aWriterHoldingAnOldVersionIsRefused() {
        turns.handle(text("race", "r1", "你好"));
        StoredConversation read = store.load("test:race").orElseThrow();
        turns.handle(text("race", "r2", "1")); // agrees to the consent notice

        assertThatThrownBy(() -> store.commit(read, read, text("race", "r3", "2"),
                new TurnResult(List.of(), read.state().position(), "zh-CN")))
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(store.processed("test", "r3")).isEmpty();
    }

    @Test
    void twoWritersStartingTheSameConversationOrMessageIsAConflictToRetryNotAFailure() {
        turns.handle(text("twice", "t1", "你好"));
        StoredConversation stored = store.load("test:twice").orElseThrow();
        // Another writer that also saw no conversation yet: the store refuses it as a conflict, which the turn retries.
        assertThatThrownBy(() -> store.commit(null, new StoredConversation("test:twice", stored.state(), 0),
                text("twice", "t2", "1"), new TurnResult(List.of(), stored.state().position(), "zh-CN")))
                .isInstanceOf(ConcurrentTurnException.class);
        // The same message processed twice.
        assertThatThrownBy(() -> store.commit(stored, stored, text("twice", "t1", "1"),
                new TurnResult(List.of(), stored.state().position(), "zh-CN")))
                .isInstanceOf(ConcurrentTurnException.class);
    }

    @Test
    void aConversationIsKeptWhereItWaits() {
        firstContact("keep");
        turns.handle(text("keep", null, "准备和放贷方协商还款"));
        turns.handle(text("keep", null, "3万5"));

        StoredConversation stored = store.load("test:keep").orElseThrow();
        assertThat(stored.state().position()).isEqualTo("negotiate:monthly");
        assertThat(stored.state().slots()).containsEntry("plan.owed", "35000");
    }

    @Test
    void nothingAUserWritesReachesTheLogs(CapturedOutput output) {
        firstContact("private");
        turns.handle(text("private", "p2", "3"));
        turns.handle(text("private", "p3", "13912345678 张三 身份证 110101199003071234"));
        TurnResult owed = turns.handle(text("private", "p4", "8万8"));
        assertThat(owed.position()).as("the amount was taken as an answer").isEqualTo("negotiate:monthly");

        assertThat(output.getAll()).doesNotContain("13912345678", "张三", "110101199003071234", "8万8", "88000");
    }
}
