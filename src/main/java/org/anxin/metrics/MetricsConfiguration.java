package org.anxin.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.OutboxChannel;
import org.anxin.conversation.TurnMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The turn pipeline's meters, and the outbox depth of every channel with a sender loop. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsConfiguration {

    static final String OUTBOX_DEPTH = "anxin.outbox.depth";

    @Bean
    TurnMetrics turnMetrics(MeterRegistry registry) {
        return new MicrometerTurnMetrics(registry);
    }

    /**
     * Answers waiting for a channel's sender loop, read from the store at each scrape (so every node shows the same
     * number: the table is shared). Answers parked until their user writes again are not counted: they may wait for
     * weeks without anything being wrong.
     */
    @Bean
    OutboxGauges outboxGauges(MeterRegistry registry, ConversationStore store, ObjectProvider<OutboxChannel> channels) {
        List<String> names = channels.orderedStream().map(OutboxChannel::name).distinct().toList();
        for (String name : names) {
            Gauge.builder(OUTBOX_DEPTH, store, s -> s.unsentCount(name)).strongReference(true)
                    .description("Answers stored and not yet completely sent, by channel (parked ones not counted)")
                    .tag("channel", MicrometerTurnMetrics.channel(name)).register(registry);
        }
        return new OutboxGauges(names);
    }

    /** The channels whose outbox depth is measured. */
    record OutboxGauges(List<String> channels) {
    }
}
