package org.anxin.channel.telegram;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import java.time.Instant;
import org.anxin.ServerOnly;
import org.anxin.conversation.ConversationStore;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Document;
import org.anxin.plan.chart.PlanPictures;
import org.anxin.letter.ChatLetters;
import org.anxin.privacy.MyDataFile;
import org.anxin.letter.LetterFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.anxin.conversation.TurnService;
import org.anxin.evidence.EvidenceIntake;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
            TurnService turns, ObjectProvider<ChatLetters> letters, MyDataFile myData) {
        return new TelegramDelivery(store, sender, properties.resendAfter(), chatId -> new TelegramRendering.Attachments() {
            private DialogState state() {
                return turns.state(TelegramDelivery.CHANNEL + ":" + chatId).orElseThrow();
            }

            @Override
            public TelegramRendering.Letter letter(Document document) {
                if (document.myData()) {
                    return new TelegramRendering.Letter("", MyDataFile.FILE_NAME,
                            myData.json(TelegramDelivery.CHANNEL + ":" + chatId));
                }
                DialogState state = state();
                ChatLetters chat = letters.getObject();
                ChatLetters.Prepared prepared = chat.prepare(document, state, Instant.now());
                if (prepared instanceof ChatLetters.Prepared.Ready ready) {
                    return new TelegramRendering.Letter(ready.text(), ready.kind() + ".pdf", chat.render(ready, LetterFormat.PDF));
                }
                return new TelegramRendering.Letter(prepared.text(), null, null);
            }

            @Override
            public byte[] picture(String kind) {
                DialogState state = state();
                return PlanPictures.png(kind, state.slots(), state.locale()).orElse(null);
            }
        });
    }

    @Bean
    Texts telegramTexts(DialogEngine engine) {
        return new Texts(engine.dialogs().messages());
    }

    @Bean
    TelegramUpdates telegramUpdates(TurnService turns, TelegramDelivery delivery, TelegramProperties properties, Texts texts,
            TelegramClient client, EvidenceIntake evidence) {
        return new TelegramUpdates(turns, delivery, properties.privateChatLink(), texts, new TelegramFiles(client, properties.apiUrl(), properties.token()), evidence);
    }

    @Bean
    TelegramStartup telegramStartup(TelegramSender sender, TelegramDelivery delivery, TelegramProperties properties,
            Texts texts) {
        return new TelegramStartup(sender, delivery, properties, texts);
    }

    @Bean
    @ConditionalOnProperty(prefix = "anxin.telegram", name = "mode", havingValue = "polling", matchIfMissing = true)
    TelegramPolling telegramPolling(TelegramUpdates updates, TelegramProperties properties) {
        return new TelegramPolling(updates, properties);
    }
}
