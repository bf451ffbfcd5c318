package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a turn's marks become the one outcome it is counted under. */
class TurnTallyTest {

    private final List<String> counted = new ArrayList<>();
    private final TurnMetrics metrics = new TurnMetrics() {
        @Override
        public void turn(String channel, Outcome outcome, Duration took) {
            assertThat(took.isNegative()).isFalse();
            counted.add(channel + " " + outcome.word());
        }
    };
    private final TurnResult result = new TurnResult(List.of(), "start:menu", "zh-CN");

    @Test
    void eachTurnCountsOnceUnderHowItEnded() {
        TurnTally answered = new TurnTally(metrics, "web");
        answered.ended(answered.taken(result));

        TurnTally repeated = new TurnTally(metrics, "web");
        repeated.ended(result);

        TurnTally limited = new TurnTally(metrics, "telegram");
        limited.rateLimited();
        limited.ended(result);

        TurnTally retried = new TurnTally(metrics, "wechat");
        retried.retried();
        retried.ended(retried.taken(result));

        TurnTally retriedIntoARepeat = new TurnTally(metrics, "wechat");
        retriedIntoARepeat.retried();
        retriedIntoARepeat.ended(result);

        TurnTally failed = new TurnTally(metrics, "web");
        RuntimeException error = new IllegalStateException("store down");
        assertThat(failed.failed(error)).isSameAs(error);

        assertThat(counted).containsExactly("web answered", "web repeated", "telegram rate-limited",
                "wechat conflict-retried", "wechat repeated", "web failed");
    }

    @Test
    void aMetricsFailureDoesNotFailTheTurn() {
        TurnTally tally = new TurnTally(new TurnMetrics() {
            @Override
            public void turn(String channel, Outcome outcome, Duration took) {
                throw new IllegalStateException("registry closed");
            }
        }, "web");
        assertThat(tally.ended(tally.taken(result))).isSameAs(result);
    }
}
