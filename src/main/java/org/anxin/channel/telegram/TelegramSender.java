package org.anxin.channel.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends one Bot API call, patiently: a 429 waits as long as Telegram's {@code retry_after} says (without counting
 * as a failed attempt); other failures wait a backoff that doubles, up to the configured attempts. A refusal that
 * no retry can change (400, 403: the user blocked the bot) is reported as {@link Refused} at once.
 */
class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    /** How many 429s in a row one call accepts before it is left to the resender. */
    private static final int MAX_RATE_LIMITS = 20;

    private final TelegramClient client;
    private final Duration backoff;
    private final int attempts;

    TelegramSender(TelegramClient client, Duration backoff, int attempts) {
        this.client = client;
        this.backoff = backoff;
        this.attempts = attempts;
    }

    <T extends Serializable> T send(BotApiMethod<T> method) throws TelegramApiException, InterruptedException {
        return attempt(method.getMethod(), () -> client.execute(method));
    }

    /** Sends a file; the upload is built again for each attempt, since a sent stream cannot be read twice. */
    void sendFile(String chatId, String name, byte[] bytes) throws TelegramApiException, InterruptedException {
        attempt("sendDocument", () -> client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(bytes), name)).build()));
    }

    /** Sends a picture; like a file, the upload is built again for each attempt. */
    void sendPhoto(String chatId, byte[] png) throws TelegramApiException, InterruptedException {
        attempt("sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(png), "chart.png")).build()));
    }

    /** One Bot API call that may be tried again. */
    private interface Call<T> {
        T run() throws TelegramApiException;
    }

    private <T> T attempt(String method, Call<T> call) throws TelegramApiException, InterruptedException {
        long pause = Math.max(1, backoff.toMillis());
        int failures = 0;
        int rateLimits = 0;
        while (true) {
            try {
                return call.run();
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && code == 429 && ++rateLimits <= MAX_RATE_LIMITS) {
                    Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    long wait = after == null ? pause : after * 1000L;
                    log.debug("{} rate limited, waiting {} ms", method, wait);
                    Thread.sleep(wait);
                    continue;
                }
                if (code != null && code >= 400 && code < 500 && code != 429) {
                    throw new Refused(method, code, e);
                }
                failures = failed(method, ++failures, pause, e);
            } catch (TelegramApiException e) {
                failures = failed(method, ++failures, pause, e);
            }
            pause = Math.min(pause * 2, Duration.ofMinutes(5).toMillis());
        }
    }

    /** setWebhook is a multipart call of its own in the library; it is tried once, at start-up. */
    void setWebhook(SetWebhook setWebhook) throws TelegramApiException {
        client.execute(setWebhook);
    }

    private int failed(String method, int failures, long pause, TelegramApiException e)
            throws TelegramApiException, InterruptedException {
        if (failures >= attempts) {
            throw e;
        }
        log.debug("{} failed ({}), attempt {} of {}, again in {} ms", method, e.getClass().getSimpleName(),
                failures, attempts, pause);
        Thread.sleep(pause);
        return failures;
    }

    /** Telegram refused the call for good: sending it again would not help. */
    static final class Refused extends TelegramApiException {
        final int code;

        Refused(String method, int code, Throwable cause) {
            super(method + " refused with " + code, cause);
            this.code = code;
        }
    }
}
