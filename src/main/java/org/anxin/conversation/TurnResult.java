package org.anxin.conversation;

import java.util.List;
import org.anxin.dialog.Reply;

/** What a turn answers: the replies, the position the conversation now waits at, and its locale. */
public record TurnResult(List<Reply> replies, String position, String locale) {

    public TurnResult {
        replies = List.copyOf(replies);
    }
}
