package org.anxin.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxin.conversation.TurnResult;
import org.anxin.dialog.Document;
import org.anxin.dialog.Reply;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns an answer into the Telegram messages that carry it: plain text (no markup to escape), split at paragraph
 * boundaries below Telegram's 4,096 characters, choices as an inline keyboard on a reply's last part, one button
 * per row since Chinese labels are long. The same answer always gives the same parts, which is what lets delivery
 * count the parts sent and continue after a crash.
 */
final class TelegramRendering {

    /** Telegram allows 4,096 characters; Java counts UTF-16 units, never fewer than Telegram's characters. */
    static final int MAX_TEXT = 4000;

    private TelegramRendering() {
    }

    /** One call that delivers part of an answer: a message, or a file such as a letter's PDF. */
    sealed interface Part {
    }

    record Text(SendMessage message) implements Part {
    }

    record File(String chatId, String name, byte[] bytes) implements Part {
    }

    record Photo(String chatId, byte[] png) implements Part {
    }

    /** What a reply hands over besides text, made from the chat's answers. */
    interface Attachments {
        Letter letter(Document document);

        /** The picture as PNG, or null when it cannot be drawn. */
        byte[] picture(String kind);
    }

    /**
     * A document as Telegram delivers it: its text (blank for none), and its files in the order sent, such as a
     * letter's PDF (none when the letter still needs a field) or the user's data as a PDF summary and as JSON.
     */
    record Letter(String text, List<Attachment> files) {

        Letter {
            files = List.copyOf(files);
        }
    }

    /** A file sent as a document. */
    record Attachment(String name, byte[] bytes) {
    }

    static List<Part> render(String chatId, TurnResult result, Attachments attachments) {
        List<Part> parts = new ArrayList<>();
        for (Reply reply : result.replies()) {
            byte[] picture = reply.picture() == null ? null : attachments.picture(reply.picture());
            if (picture != null) {
                parts.add(new Photo(chatId, picture));
            }
            parts.addAll(render(chatId, result.position(), reply));
            if (reply.document() != null) {
                Letter letter = attachments.letter(reply.document());
                if (!letter.text().isBlank()) {
                    split(letter.text(), MAX_TEXT).forEach(chunk ->
                            parts.add(new Text(SendMessage.builder().chatId(chatId).text(chunk).build())));
                }
                letter.files().forEach(file -> parts.add(new File(chatId, file.name(), file.bytes())));
            }
        }
        return parts;
    }

    private static List<Part> render(String chatId, String position, Reply reply) {
        List<Part> parts = new ArrayList<>();
        {
            String text = reply.text() == null ? "" : reply.text().strip();
            InlineKeyboardMarkup keyboard = null;
            if (!reply.choices().isEmpty()) {
                Optional<InlineKeyboardMarkup> buttons = keyboard(position, reply.choices());
                if (buttons.isPresent()) {
                    keyboard = buttons.get();
                } else {
                    // A position too long for a button's 64 bytes: offer the choices as numbers to type instead.
                    StringBuilder numbered = new StringBuilder(text);
                    reply.choices().forEach(o -> numbered.append("\n").append(o.key()).append(". ").append(o.label()));
                    text = numbered.toString().strip();
                }
            }
            if (text.isEmpty()) {
                if (keyboard == null) {
                    return parts;
                }
                text = "👇";
            }
            List<String> chunks = split(text, MAX_TEXT);
            for (int i = 0; i < chunks.size(); i++) {
                SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(chunks.get(i));
                if (i == chunks.size() - 1 && keyboard != null) {
                    message.replyMarkup(keyboard);
                }
                parts.add(new Text(message.build()));
            }
        }
        return parts;
    }

    static Optional<InlineKeyboardMarkup> keyboard(String position, List<Reply.Option> choices) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        // Urgent help comes first, wherever the flow lists it; the rest keep their order.
        List<Reply.Option> ordered = new ArrayList<>(choices.stream().filter(o -> Reply.Option.URGENT.equals(o.role())).toList());
        choices.stream().filter(o -> !Reply.Option.URGENT.equals(o.role())).forEach(ordered::add);
        for (Reply.Option option : ordered) {
            Optional<String> data = CallbackData.encode(position, option.key());
            if (data.isEmpty()) {
                return Optional.empty();
            }
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(option.label()).callbackData(data.get()).build()));
        }
        return Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    /**
     * Splits text into pieces of at most {@code max} characters: between paragraphs where possible, else between
     * lines, else (one enormous line) at the limit, never inside a surrogate pair.
     */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : fit(paragraph, max)) {
                String glue = current.length() == 0 ? "" : "\n\n";
                if (current.length() + glue.length() + piece.length() > max) {
                    flush(current, pieces);
                    glue = "";
                }
                current.append(glue).append(piece);
            }
        }
        flush(current, pieces);
        return pieces;
    }

    /** One paragraph as pieces of at most max characters, joined by lines where it must be cut. */
    private static List<String> fit(String paragraph, int max) {
        if (paragraph.length() <= max) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            while (line.length() > max) {
                flush(current, pieces);
                int cut = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
                pieces.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            String glue = current.length() == 0 ? "" : "\n";
            if (current.length() + glue.length() + line.length() > max) {
                flush(current, pieces);
                glue = "";
            }
            current.append(glue).append(line);
        }
        flush(current, pieces);
        return pieces;
    }

    private static void flush(StringBuilder current, List<String> pieces) {
        if (!current.toString().isBlank()) {
            pieces.add(current.toString().strip());
        }
        current.setLength(0);
    }
}
