package org.anxin.conversation;

import java.time.Duration;

/**
 * One turn's outcome and duration for {@link TurnMetrics}, marked by {@link TurnService} as the turn goes, so that the
 * turn's own code carries only a few marks. A failure to count never fails the turn.
 */
final class TurnTally {

    private final TurnMetrics metrics;
    private final String channel;
    private final long started = System.nanoTime();
    private boolean rateLimited;
    private boolean retried;
    private boolean taken;

    TurnTally(TurnMetrics metrics, String channel) {
        this.metrics = metrics;
        this.channel = channel;
    }

    void rateLimited() {
        rateLimited = true;
    }

    void retried() {
        retried = true;
    }

    /** The engine stepped and the turn was stored (or erased); without this mark a turn was answered from the store. */
    TurnResult taken(TurnResult result) {
        taken = true;
        return result;
    }

    TurnResult ended(TurnResult result) {
        record(rateLimited ? TurnMetrics.Outcome.RATE_LIMITED : !taken ? TurnMetrics.Outcome.REPEATED
                : retried ? TurnMetrics.Outcome.CONFLICT_RETRIED : TurnMetrics.Outcome.ANSWERED);
        return result;
    }

    RuntimeException failed(RuntimeException e) {
        record(TurnMetrics.Outcome.FAILED);
        return e;
    }

    private void record(TurnMetrics.Outcome outcome) {
        try {
            metrics.turn(channel, outcome, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            // Counting is for operators; the user's turn goes on.
        }
    }
}
