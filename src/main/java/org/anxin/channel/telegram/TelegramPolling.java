package org.anxin.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.anxin.conversation.ConcurrentTurnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.Lifecycle;
import org.springframework.dao.DataAccessException;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling with the TelegramBots library, on one node at a time (started and stopped by its lease, see
 * {@link org.anxin.cluster.NodeLeases#whileHeld}): Telegram answers one poller per bot. Its poller hands each batch to {@link #consume} on one thread, so
 * updates are taken in order. The library has already moved past a batch when it hands it over, so a turn that
 * fails because the store is down is tried again here, with a growing pause, rather than lost.
 */
class TelegramPolling implements Lifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final long MAX_PAUSE = Duration.ofSeconds(30).toMillis();

    private final TelegramUpdates updates;
    private final TelegramProperties properties;
    private volatile TelegramBotsLongPollingApplication application;
    private volatile ScheduledExecutorService poller;

    TelegramPolling(TelegramUpdates updates, TelegramProperties properties) {
        this.updates = updates;
        this.properties = properties;
    }

    @Override
    public void start() {
        long waitSeconds = Math.max(0, properties.pollTimeout().toSeconds());
        TelegramUrl url = TelegramConfiguration.telegramUrl(properties.apiUrl());
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
        application = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new,
                () -> new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                        .readTimeout(waitSeconds + 30, TimeUnit.SECONDS).build(),
                () -> poller);
        try {
            application.registerBot(properties.token(), () -> url,
                    offset -> GetUpdates.builder().offset(offset + 1).limit(100).timeout((int) waitSeconds)
                            .allowedUpdates(TelegramStartup.UPDATES).build(),
                    this::consume);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("cannot start Telegram long polling: " + e.getMessage(), e);
        }
        log.info("Telegram long polling started");
    }

    void consume(List<Update> batch) {
        for (Update update : batch) {
            long pause = Math.max(1, properties.retryBackoff().toMillis());
            while (isRunning()) {
                try {
                    updates.handle(update);
                    break;
                } catch (DataAccessException | ConcurrentTurnException e) {
                    log.warn("Telegram update not stored yet; trying again in {} ms", pause, e);
                    if (!pause(pause)) {
                        return;
                    }
                    pause = Math.min(pause * 2, MAX_PAUSE);
                } catch (RuntimeException e) {
                    // Not a passing fault: trying again would fail the same way and hold up every other chat.
                    log.error("Telegram update could not be handled; skipped", e);
                    break;
                }
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        TelegramBotsLongPollingApplication app = application;
        application = null;
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                log.warn("Telegram long polling did not stop cleanly", e);
            }
        }
        ScheduledExecutorService executor = poller;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return application != null;
    }
}
