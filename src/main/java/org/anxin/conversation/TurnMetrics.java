package org.anxin.conversation;

import java.time.Duration;
import org.anxin.dialog.Understanding;

/**
 * What operators may count about turns: channel names and fixed outcome words, durations. Nothing that says who
 * wrote or what (no conversation id, no message text) is ever passed here. The default does nothing.
 */
public interface TurnMetrics {

    /** Counts nothing: for commands and tests that have no metrics. */
    TurnMetrics NONE = new TurnMetrics() {
    };

    /** How a turn ended; each turn counts once. */
    enum Outcome {
        /** The engine stepped and the answer was stored (or the conversation erased) at the first attempt. */
        ANSWERED("answered"),
        /** A message processed before, answered from the store. */
        REPEATED("repeated"),
        /** Refused by the chat's rate limit, without touching the store. */
        RATE_LIMITED("rate-limited"),
        /** Answered after another writer changed the conversation first and the turn was taken again. */
        CONFLICT_RETRIED("conflict-retried"),
        /** Ended by an error (the channel says sorry). */
        FAILED("failed");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** The word the metrics show. */
        public String word() {
            return word;
        }
    }

    /** A turn on {@code channel} ended as {@code outcome} after {@code took}. */
    default void turn(String channel, Outcome outcome, Duration took) {
    }

    /** An answer on {@code channel} was completely sent {@code lag} after its turn was stored. */
    default void answerSent(String channel, Duration lag) {
    }

    /** The understanding layer read one typed message in {@code took}. */
    default void understood(Duration took) {
    }

    /** {@code understanding}, with each read timed into {@code metrics}. */
    static Understanding timed(Understanding understanding, TurnMetrics metrics) {
        return (text, locale) -> {
            long started = System.nanoTime();
            try {
                return understanding.read(text, locale);
            } finally {
                metrics.understood(Duration.ofNanos(System.nanoTime() - started));
            }
        };
    }
}
