package org.anxin.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.anxin.dialog.Reply;

/**
 * What a turn hands to the user, made once after the engine steps and stored with the state, so every channel and
 * every resend shows the same thing. Channels only format these; where one cannot show something (a picture in a
 * terminal, a file on WeChat) it falls back to the text or a link.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outbound.Message.class, name = "message"),
        @JsonSubTypes.Type(value = Outbound.Letter.class, name = "letter"),
        @JsonSubTypes.Type(value = Outbound.NeedsFix.class, name = "needs-fix")})
public sealed interface Outbound {

    /**
     * A message from the bot: its text, its choices, and what goes with it: a picture drawn from the answers (null
     * for none; the text says the same), files such as the user's data.
     */
    record Message(String text, List<Reply.Option> choices, FileRef picture, List<FileRef> files) implements Outbound {
        public Message {
            text = text == null ? "" : text;
            choices = List.copyOf(choices);
            files = files == null ? List.of() : List.copyOf(files);
        }

        public static Message of(Reply reply) {
            return new Message(reply.text(), reply.choices(), null, List.of());
        }
    }

    /** A letter made from the answers: its text as the chat shows it, and its files (PDF first, then DOCX). */
    record Letter(String kind, String text, List<FileRef> files) implements Outbound {
        public Letter {
            files = List.copyOf(files);
        }
    }

    /** A letter that could not be made yet: a kind sentence naming the field to put right. */
    record NeedsFix(String kind, String text) implements Outbound {
    }

    /**
     * A file stored with the turn: {@code id} names it within its conversation, {@code label} is what a link to it
     * says in the user's language, {@code path} the signed, expiring address that serves it on this server.
     */
    record FileRef(String id, String name, String mediaType, String label, String path) {
    }
}
