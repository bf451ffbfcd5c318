package org.anxin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.anxin.conversation.TurnMetrics;
import org.junit.jupiter.api.Test;

/** The meters a turn, an answer sent and a reading leave, and what their tags may hold. */
class MicrometerTurnMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerTurnMetrics metrics = new MicrometerTurnMetrics(registry);

    @Test
    void turnsAnswersAndReadingsAreCountedAndTimed() {
        metrics.turn("telegram", TurnMetrics.Outcome.ANSWERED, Duration.ofMillis(120));
        metrics.turn("telegram", TurnMetrics.Outcome.ANSWERED, Duration.ofMillis(80));
        metrics.answerSent("telegram", Duration.ofSeconds(3));
        metrics.understood(Duration.ofMillis(7));

        assertThat(registry.get(MicrometerTurnMetrics.TURNS).tags("channel", "telegram", "outcome", "answered").counter()
                .count()).isEqualTo(2);
        assertThat(registry.get(MicrometerTurnMetrics.TURN_DURATION).tags("channel", "telegram").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(200);
        assertThat(registry.get(MicrometerTurnMetrics.REPLY_LAG).tags("channel", "telegram").timer()
                .max(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(registry.get(MicrometerTurnMetrics.UNDERSTANDING).timer().count()).isEqualTo(1);
    }

    @Test
    void aChannelNameThatIsNotAShortWordShowsAsOther() {
        metrics.turn("web:9f2c-conversation", TurnMetrics.Outcome.FAILED, Duration.ofMillis(5));
        metrics.answerSent("我的电话13800138000", Duration.ofSeconds(1));

        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).matches("[a-z-]{1,20}");
            }
        }
        assertThat(registry.get(MicrometerTurnMetrics.TURNS).tags("channel", "other", "outcome", "failed").counter()
                .count()).isEqualTo(1);
    }
}
