package org.anxin.conversation;

import java.util.List;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;

/**
 * Told about each turn once it is stored, for capabilities that keep records beside the conversation (hand-off
 * funnels, shares). A failing observer is logged and does not undo or fail the turn.
 */
public interface TurnObserver {

    /** {@code before} is null for a conversation's first turn. */
    void committed(String conversationId, DialogState before, DialogState after, List<Reply> replies);
}
