package org.anxin.channel.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.UserInput;
import org.anxin.evidence.EvidenceIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What each Telegram update means, for both long polling and the webhook. Text in a private chat, a
 * {@code /start <payload>} deep link (as {@link UserInput.Start}) and pressed buttons become turns, keyed by the update id so a repeated update
 * is answered once; {@link #handle} returns once the turn is stored, and the answer goes out afterwards through
 * {@link TelegramDelivery}. Photos, documents and recordings go to the evidence locker ({@link EvidenceIntake}),
 * which keeps them in the evidence flow and answers kindly elsewhere; other messages in a private chat get a kind
 * "text only" note; groups get a pointer to a
 * private chat and nothing of theirs is kept; edited messages, channel posts and the rest are ignored.
 */
class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    /** How Telegram sends a deep link's payload (t.me/bot?start=...): 1 to 64 of A-Z, a-z, 0-9, _ and -. */
    private static final Pattern DEEP_LINK = Pattern.compile("/start(?:@\\w+)?\\s+([A-Za-z0-9_-]{1,64})\\s*");

    private final TurnService turns;
    private final TelegramDelivery delivery;
    private final String privateLink;
    private final Texts texts;
    private final TelegramFiles files;
    private final EvidenceIntake evidence;
    private final java.time.Clock clock;

    TelegramUpdates(TurnService turns, TelegramDelivery delivery, String privateLink, Texts texts, TelegramFiles files,
            EvidenceIntake evidence, java.time.Clock clock) {
        this.clock = clock;
        this.texts = texts;
        this.files = files;
        this.evidence = evidence;
        this.turns = turns;
        this.delivery = delivery;
        this.privateLink = privateLink;
    }

    /**
     * Handles one update. Returns when its turn (if any) is durably stored; throws when the store fails, so the
     * caller can have Telegram (webhook) or itself (polling) try again.
     */
    void handle(Update update) {
        if (update.hasMessage()) {
            message(update.getUpdateId(), update.getMessage());
        } else if (update.hasCallbackQuery()) {
            button(update.getUpdateId(), update.getCallbackQuery());
        } else {
            log.debug("Telegram update of another kind ignored");
        }
    }

    private void message(Integer updateId, Message message) {
        Chat chat = message.getChat();
        if (chat == null || chat.getId() == null) {
            throw new Malformed("a message without a chat");
        }
        String chatId = String.valueOf(message.getChatId());
        String language = language(message.getFrom());
        if (chat.isChannelChat()) {
            return;
        }
        if (!chat.isUserChat()) {
            if (message.hasText()) {
                delivery.say(chatId, groupNotice(chatId, Texts.locale(language)));
            }
            return;
        }
        TelegramFiles.Sent file = TelegramFiles.of(message);
        if (message.hasText()) {
            turn(updateId, chatId, input(message.getText()), language, null);
        } else if (file != null) {
            evidenceFile(updateId, chatId, file, language);
        } else if (isSomethingSent(message)) {
            delivery.say(chatId, SendMessage.builder().chatId(chatId).text(texts.textOnly(Texts.locale(language))).build());
        }
    }

    /** A deep link's payload as what it is; any other text, {@code /start} typed with words too, as text. */
    static UserInput input(String text) {
        Matcher link = DEEP_LINK.matcher(text);
        return link.matches() ? new UserInput.Start(link.group(1)) : new UserInput.Text(text);
    }

    private void button(Integer updateId, CallbackQuery query) {
        MaybeInaccessibleMessage shown = query.getMessage();
        String language = language(query.getFrom());
        if (shown == null || shown.getChat() == null) {
            return; // a button on an inline message: Anxin sends none
        }
        String chatId = String.valueOf(shown.getChatId());
        Optional<UserInput.Pick> pick = shown.getChat().isUserChat() ? CallbackData.parse(query.getData()) : Optional.empty();
        if (pick.isEmpty()) {
            log.debug("Telegram button with data Anxin did not make; answered, nothing changed");
            delivery.answerButton(chatId, query.getId(), texts.brokenButton(Texts.locale(language)));
            return;
        }
        turn(updateId, chatId, pick.get(), language, new TelegramDelivery.Pressed(query.getId(), shown.getMessageId()));
    }

    private void turn(Integer updateId, String chatId, UserInput input, String language, TelegramDelivery.Pressed pressed) {
        TurnResult result = turns.handle(new Inbound(TelegramDelivery.CHANNEL, chatId, String.valueOf(updateId), input,
                clock.instant(), Texts.localeHint(language)));
        delivery.afterTurn(chatId, result, pressed);
    }

    /** A photo, document or recording: kept in the evidence locker when the chat is there, otherwise a kind note. */
    private void evidenceFile(Integer updateId, String chatId, TelegramFiles.Sent file, String language) {
        String messageId = String.valueOf(updateId);
        EvidenceIntake.Received received = evidence.receive(files.incoming(file, chatId, messageId, Texts.localeHint(language)),
                files.download(file));
        delivery.afterTurn(chatId, received.result(), null);
    }

    private SendMessage groupNotice(String chatId, String locale) {
        SendMessage.SendMessageBuilder<?, ?> notice = SendMessage.builder().chatId(chatId).text(texts.group(locale, privateLink));
        if (privateLink != null) {
            notice.replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text(texts.privateChatButton(locale)).url(privateLink).build())).build());
        }
        return notice.build();
    }

    /** A photo, file, voice note, sticker, location and the like, as opposed to a service message. */
    private static boolean isSomethingSent(Message m) {
        return m.hasPhoto() || m.hasDocument() || m.hasVoice() || m.hasSticker() || m.hasLocation() || m.hasVideo()
                || m.hasAudio() || m.hasVideoNote() || m.hasContact() || m.hasAnimation() || m.hasPoll() || m.hasDice();
    }

    private static String language(User user) {
        return user == null ? null : user.getLanguageCode();
    }

    /** An update no Telegram server sends (a message without its chat): refused, and changes nothing. */
    static final class Malformed extends IllegalArgumentException {
        Malformed(String what) {
            super("malformed Telegram update: " + what);
        }
    }
}
