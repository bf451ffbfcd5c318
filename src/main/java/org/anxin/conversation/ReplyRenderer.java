package org.anxin.conversation;

import java.time.Instant;
import java.util.List;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;

/**
 * Makes what a turn hands over from the engine's replies: letters, pictures and data files drawn from the
 * conversation as it stands after the turn. Runs inside the turn, so the result is stored with the state.
 */
public interface ReplyRenderer {

    Rendered render(String conversationId, DialogState state, List<Reply> replies, Instant at);

    /** The messages in order, and the files they refer to. */
    record Rendered(List<Outbound> outbound, List<TurnFile> files) {
        public Rendered {
            outbound = List.copyOf(outbound);
            files = List.copyOf(files);
        }
    }

    /** Text and choices only: for tools and tests that hand nothing over. */
    ReplyRenderer TEXT_ONLY = (conversationId, state, replies, at) ->
            new Rendered(replies.stream().<Outbound>map(Outbound.Message::of).toList(), List.of());
}
