package org.anxin.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.regex.Pattern;
import org.anxin.conversation.TurnMetrics;

/**
 * {@link TurnMetrics} as Micrometer meters. Every tag value is a channel name or one of the fixed outcome words; a
 * channel name that is not a short lower-case word shows as {@code other}, so no caller can put anything personal
 * into a tag by mistake.
 */
final class MicrometerTurnMetrics implements TurnMetrics {

    static final String TURNS = "anxin.turns";
    static final String TURN_DURATION = "anxin.turn.duration";
    static final String REPLY_LAG = "anxin.reply.lag";
    static final String UNDERSTANDING = "anxin.understanding.duration";
    private static final Pattern CHANNEL = Pattern.compile("[a-z]{1,20}");

    private final MeterRegistry registry;
    private final Timer understanding;

    MicrometerTurnMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.understanding = Timer.builder(UNDERSTANDING)
                .description("How long the understanding layer (rules and the language model) takes to read a typed message")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    static String channel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches() ? channel : "other";
    }

    @Override
    public void turn(String channel, Outcome outcome, Duration took) {
        String shown = channel(channel);
        Counter.builder(TURNS).description("Turns taken, by channel and how they ended")
                .tag("channel", shown).tag("outcome", outcome.word()).register(registry).increment();
        Timer.builder(TURN_DURATION).description("How long a turn takes, from the message to its answer stored")
                .tag("channel", shown).tag("outcome", outcome.word())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry).record(took);
    }

    @Override
    public void answerSent(String channel, Duration lag) {
        Timer.builder(REPLY_LAG)
                .description("From a turn stored to its answer completely sent by the channel's sender loop")
                .tag("channel", channel(channel))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1)).register(registry).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    @Override
    public void understood(Duration took) {
        understanding.record(took);
    }
}
