package org.anxin.conversation;

import java.util.List;
import org.anxin.dialog.Reply;

/**
 * What a turn answers: the engine's replies, what the user is handed ({@code outbound}: the replies with their
 * letters, pictures and files, as every channel shows them), the position the conversation now waits at, and its
 * locale. A result stored before {@code outbound} existed reads it as the replies' text and choices.
 * {@code ephemeral} marks an answer that was not stored (slow down, a file refused, the last words after erasing):
 * no sender loop will find it, so the channel sends it at once, as it is.
 */
public record TurnResult(List<Reply> replies, String position, String locale, List<Outbound> outbound, boolean ephemeral) {

    public TurnResult {
        replies = List.copyOf(replies);
        outbound = outbound != null ? List.copyOf(outbound) : replies.stream().<Outbound>map(Outbound.Message::of).toList();
    }

    /** A stored result that hands over nothing but text and choices. */
    public TurnResult(List<Reply> replies, String position, String locale) {
        this(replies, position, locale, null, false);
    }

    /** An answer that is not stored, sent once by the channel itself. */
    public static TurnResult ephemeral(List<Reply> replies, String position, String locale) {
        return new TurnResult(replies, position, locale, null, true);
    }
}
