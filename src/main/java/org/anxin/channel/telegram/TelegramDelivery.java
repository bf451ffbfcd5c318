package org.anxin.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.PendingDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Sends answers to Telegram, one chat at a time and in order, many chats side by side. An answer is sent only from
 * the store: it was saved with its turn, each part sent is noted there, and the answer counts as delivered when the
 * last part went out. What could not be sent (Telegram down, a crash) is found again by {@link #resendPending} at
 * start-up and on a schedule, and continues from the first part not sent. Nothing a user wrote is logged.
 */
class TelegramDelivery implements AutoCloseable {

    static final String CHANNEL = "telegram";
    private static final Logger log = LoggerFactory.getLogger(TelegramDelivery.class);
    private static final int RESEND_BATCH = 200;

    private final ConversationStore store;
    /** For a chat id, what its replies hand over (letters, pictures), made from the chat's answers. */
    private final java.util.function.Function<String, TelegramRendering.Attachments> attachments;
    private final TelegramSender sender;
    private final Duration resendAfter;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    /** The last task queued per chat; the next one for that chat starts when it ends. */
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** Answers queued or being sent on this node, so a resend pass or a repeated update does not send them twice. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    TelegramDelivery(ConversationStore store, TelegramSender sender, Duration resendAfter,
            java.util.function.Function<String, TelegramRendering.Attachments> attachments) {
        this.store = store;
        this.attachments = attachments;
        this.sender = sender;
        this.resendAfter = resendAfter;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, r -> daemon(r, "telegram-send-" + n.incrementAndGet()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "telegram-resend"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A button that was pressed: its callback query, and the message whose keyboard is to be cleared. */
    record Pressed(String queryId, Integer messageId) {
    }

    /** After a turn is stored: answer the pressed button and clear its keyboard, then send the stored answer. */
    void afterTurn(String chatId, String messageId, Pressed pressed) {
        if (pressed != null) {
            inChat(chatId, () -> {
                bestEffort(AnswerCallbackQuery.builder().callbackQueryId(pressed.queryId()).build());
                if (pressed.messageId() != null) {
                    bestEffort(EditMessageReplyMarkup.builder().chatId(chatId).messageId(pressed.messageId()).build());
                }
            });
        }
        deliver(chatId, messageId);
    }

    /** Answers a pressed button with a short notice and nothing else (a button that is not ours). */
    void answerButton(String chatId, String queryId, String notice) {
        inChat(chatId, () -> bestEffort(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(notice).build()));
    }

    /** A message outside any turn (group notice, "text only"): sent in order with retries, but not tracked. */
    void say(String chatId, SendMessage message) {
        inChat(chatId, () -> bestEffort(message));
    }

    /** Queues sending the stored answer of one message, unless it is already queued here. */
    void deliver(String chatId, String messageId) {
        if (!inFlight.add(messageId)) {
            return;
        }
        inChat(chatId, () -> {
            try {
                store.pendingDelivery(CHANNEL, messageId).ifPresent(this::send);
            } finally {
                inFlight.remove(messageId);
            }
        });
    }

    private void send(PendingDelivery pending) {
        String chatId = pending.conversationId().substring(CHANNEL.length() + 1);
        List<TelegramRendering.Part> parts = TelegramRendering.render(chatId, pending.result(), attachments.apply(chatId));
        if (parts.isEmpty()) {
            store.recordDelivery(CHANNEL, pending.messageId(), 0, true, Instant.now());
        }
        for (int i = pending.deliveredParts(); i < parts.size(); i++) {
            try {
                if (parts.get(i) instanceof TelegramRendering.File file) {
                    sender.sendFile(file.chatId(), file.name(), file.bytes());
                } else if (parts.get(i) instanceof TelegramRendering.Photo photo) {
                    sender.sendPhoto(photo.chatId(), photo.png());
                } else {
                    sender.send(((TelegramRendering.Text) parts.get(i)).message());
                }
            } catch (TelegramSender.Refused e) {
                log.warn("Telegram refused a reply part ({}); it cannot be delivered and is skipped", e.code, e);
            } catch (TelegramApiException e) {
                log.warn("a reply could not be sent yet; it will be sent again later", e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            store.recordDelivery(CHANNEL, pending.messageId(), i + 1, i + 1 == parts.size(), Instant.now());
        }
    }

    /** Sends again every answer older than {@code processedBefore} that is not completely delivered. */
    void resendPending(Instant processedBefore) {
        try {
            for (PendingDelivery pending : store.pendingDeliveries(CHANNEL, processedBefore, RESEND_BATCH)) {
                deliver(pending.conversationId().substring(CHANNEL.length() + 1), pending.messageId());
            }
        } catch (RuntimeException e) {
            log.warn("could not look for unsent Telegram replies", e);
        }
    }

    /** Looks for unsent answers now (after a restart) and then every {@code interval}. */
    void startResending(Duration interval) {
        scheduler.scheduleWithFixedDelay(() -> resendPending(Instant.now().minus(resendAfter)), 0,
                Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void inChat(String chatId, Runnable task) {
        CompletableFuture<Void> queued = tails.compute(chatId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .handle((ok, failed) -> (Void) null)
                        .thenRunAsync(() -> guarded(task), workers));
        queued.whenComplete((ok, failed) -> tails.remove(chatId, queued));
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("a Telegram delivery task failed; unsent replies are sent again later", e);
        }
    }

    private void bestEffort(org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method) {
        try {
            sender.send(method);
        } catch (TelegramApiException e) {
            log.debug("{} not done ({})", method.getMethod(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
