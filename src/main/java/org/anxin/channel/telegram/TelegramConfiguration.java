package org.anxin.channel.telegram;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.anxin.settings.ServerOnly;
import org.anxin.cluster.NodeLeases;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.OutboxChannel;
import org.anxin.dialog.DialogEngine;
import org.anxin.conversation.TurnMetrics;
import org.anxin.conversation.TurnService;
import org.anxin.evidence.EvidenceIntake;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Wires the Telegram channel when {@code anxin.telegram.token} is set; without it, and in a command (the token is set
 * there too, in the container), not one of these beans exists. Long polling runs by default; in webhook mode
 * {@link TelegramWebhookController} receives the updates instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
@ServerOnly
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equalsIgnoreCase(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();
        return new OkHttpTelegramClient(http, properties.token(), telegramUrl(properties.apiUrl()));
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client, TelegramProperties properties) {
        return new TelegramSender(client, properties.retryBackoff(), properties.sendAttempts());
    }

    @Bean
    TelegramDelivery telegramDelivery(ConversationStore store, TelegramSender sender, TelegramProperties properties,
            java.time.Clock clock, ObjectProvider<TurnMetrics> metrics) {
        return new TelegramDelivery(store, sender, properties.resendAfter(), clock,
                metrics.getIfAvailable(() -> TurnMetrics.NONE));
    }

    /** Telegram's answers go out through its sender loop, from the delivery table. */
    @Bean
    OutboxChannel telegramOutbox() {
        return new OutboxChannel(TelegramDelivery.CHANNEL);
    }

    @Bean
    Texts telegramTexts(DialogEngine engine) {
        return new Texts(engine.dialogs().messages());
    }

    @Bean
    TelegramUpdates telegramUpdates(TurnService turns, TelegramDelivery delivery, TelegramProperties properties, Texts texts,
            TelegramClient client, EvidenceIntake evidence, java.time.Clock clock) {
        return new TelegramUpdates(turns, delivery, properties.privateChatLink(), texts, new TelegramFiles(client, properties.apiUrl(), properties.token(), clock), evidence, clock);
    }

    @Bean
    TelegramStartup telegramStartup(TelegramSender sender, TelegramDelivery delivery, TelegramProperties properties,
            Texts texts) {
        return new TelegramStartup(sender, delivery, properties, texts);
    }

    @Bean
    @ConditionalOnProperty(prefix = "anxin.telegram", name = "mode", havingValue = "polling", matchIfMissing = true)
    SmartLifecycle telegramPolling(TelegramUpdates updates, TelegramProperties properties, NodeLeases leases) {
        return leases.whileHeld("telegram-polling", new TelegramPolling(updates, properties));
    }
}
