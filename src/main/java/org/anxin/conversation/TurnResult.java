package org.anxin.conversation;

import java.util.List;
import org.anxin.dialog.Reply;

/**
 * What a turn answers: the engine's replies, what the user is handed ({@code outbound}: the replies with their
 * letters, pictures and files, as every channel shows them), the position the conversation now waits at, and its
 * locale. A result stored before {@code outbound} existed reads it as the replies' text and choices.
 */
public record TurnResult(List<Reply> replies, String position, String locale, List<Outbound> outbound) {

    public TurnResult {
        replies = List.copyOf(replies);
        outbound = outbound != null ? List.copyOf(outbound) : replies.stream().<Outbound>map(Outbound.Message::of).toList();
    }

    /** A result that hands over nothing but text and choices. */
    public TurnResult(List<Reply> replies, String position, String locale) {
        this(replies, position, locale, null);
    }
}
