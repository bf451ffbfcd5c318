package org.anxin.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.OutboxSender;
import org.anxin.conversation.PendingDelivery;
import org.anxin.conversation.TurnFile;
import org.anxin.conversation.TurnMetrics;
import org.anxin.conversation.TurnResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Telegram's side of the outbox: how one stored answer goes out ({@link TelegramRendering}'s parts, each sent by
 * {@link TelegramSender} with its retries), and the calls around a turn that are no answer: a pressed button
 * acknowledged and its keyboard cleared, a notice, an answer that was not stored. Everything for one chat goes
 * through the chat's line in the sender loop, so it arrives in order. Nothing a user wrote is logged.
 */
class TelegramDelivery implements OutboxSender.Courier, AutoCloseable {

    static final String CHANNEL = "telegram";
    private static final Logger log = LoggerFactory.getLogger(TelegramDelivery.class);
    /**
     * How many chats may wait for the sender loop before a webhook acknowledgement waits for it too: two for each
     * sender, so answers leave within moments and Telegram holds the rest of the updates.
     */
    private static final int SENDERS = 4;
    private static final int BACKLOG = 2 * SENDERS;
    /** Longest an acknowledgement waits for room; Telegram gives a webhook call about a minute. */
    private static final Duration BACKLOG_PATIENCE = Duration.ofSeconds(5);

    private final ConversationStore store;
    private final TelegramSender sender;
    private final OutboxSender loop;

    TelegramDelivery(ConversationStore store, TelegramSender sender, Duration sweepAfter, java.time.Clock clock,
            TurnMetrics metrics) {
        this.store = store;
        this.sender = sender;
        this.loop = new OutboxSender(CHANNEL, store, this, SENDERS, sweepAfter, clock, metrics);
    }

    private static String conversationId(String chatId) {
        return CHANNEL + ":" + chatId;
    }

    /** A button that was pressed: its callback query, and the message whose keyboard is to be cleared. */
    record Pressed(String queryId, Integer messageId) {
    }

    /**
     * After a turn: acknowledge the pressed button and clear its keyboard, then send the answer: from the outbox when
     * it was stored, at once when it was not (slow down, a refused file, the last words after erasing).
     */
    void afterTurn(String chatId, TurnResult result, Pressed pressed) {
        if (pressed != null) {
            loop.untracked(conversationId(chatId), () -> {
                bestEffort(AnswerCallbackQuery.builder().callbackQueryId(pressed.queryId()).build());
                if (pressed.messageId() != null) {
                    bestEffort(EditMessageReplyMarkup.builder().chatId(chatId).messageId(pressed.messageId()).build());
                }
            });
        }
        if (result.ephemeral()) {
            loop.untracked(conversationId(chatId), () -> sendAll(chatId, TelegramRendering.render(chatId, result)));
        } else {
            loop.afterCommit(conversationId(chatId));
        }
    }

    /**
     * Waits, {@link #BACKLOG_PATIENCE} at most, while {@link #BACKLOG} or more chats wait for the sender loop: a webhook
     * acknowledgement that waits makes Telegram hold the next updates, so taking them slows to the pace answers leave.
     * Long polling does not wait: its one consumer would stall on a backlog a restart's sweep queued.
     */
    void awaitRoom() {
        loop.awaitRoom(BACKLOG, BACKLOG_PATIENCE);
    }

    /** Answers a pressed button with a short notice and nothing else (a button that is not ours). */
    void answerButton(String chatId, String queryId, String notice) {
        loop.untracked(conversationId(chatId),
                () -> bestEffort(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(notice).build()));
    }

    /** A message outside any turn (group notice, "text only"): sent in order with retries, but not tracked. */
    void say(String chatId, SendMessage message) {
        loop.untracked(conversationId(chatId), () -> bestEffort(message));
    }

    @Override
    public OutboxSender.Sent send(PendingDelivery pending, OutboxSender.Progress progress) {
        String chatId = pending.conversationId().substring(CHANNEL.length() + 1);
        List<TelegramRendering.Part> parts = TelegramRendering.render(chatId, pending.result());
        if (parts.isEmpty()) {
            progress.sent(0, true);
        }
        for (int i = pending.deliveredParts(); i < parts.size(); i++) {
            try {
                send(pending.conversationId(), parts.get(i));
            } catch (TelegramSender.Refused e) {
                log.warn("Telegram refused a reply part ({}); it cannot be delivered and is skipped", e.code, e);
            } catch (TelegramApiException e) {
                log.warn("a reply could not be sent yet; it will be sent again later", e);
                return OutboxSender.Sent.LATER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OutboxSender.Sent.LATER;
            }
            progress.sent(i + 1, i + 1 == parts.size());
        }
        return OutboxSender.Sent.ALL;
    }

    private void send(String conversationId, TelegramRendering.Part part) throws TelegramApiException, InterruptedException {
        if (part instanceof TelegramRendering.File file) {
            // A file erased with its conversation, or pruned, is not there any more: nothing to send.
            Optional<TurnFile> stored = store.file(conversationId, file.file().id());
            if (stored.isPresent()) {
                sender.sendFile(file.chatId(), stored.get().name(), stored.get().bytes());
            }
        } else if (part instanceof TelegramRendering.Photo photo) {
            Optional<TurnFile> stored = store.file(conversationId, photo.png().id());
            if (stored.isPresent()) {
                sender.sendPhoto(photo.chatId(), stored.get().bytes());
            }
        } else if (part instanceof TelegramRendering.Text text) {
            sender.send(text.message());
        }
    }

    /** An answer that was not stored: tried once, part by part, with the sender's retries. */
    private void sendAll(String chatId, List<TelegramRendering.Part> parts) {
        for (TelegramRendering.Part part : parts) {
            if (part instanceof TelegramRendering.Text text) {
                bestEffort(text.message());
            }
        }
    }

    /** Sends every answer made before {@code before} that is not yet sent. */
    void resendPending(java.time.Instant before) {
        loop.sweep(before);
    }

    /** Looks for unsent answers now (after a restart) and then every {@code interval}. */
    void startResending(Duration interval) {
        loop.start(interval);
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
        loop.close();
    }
}
