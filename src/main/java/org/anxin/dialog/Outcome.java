package org.anxin.dialog;

import java.util.List;

/** The result of one turn: the new state and what to say. */
public record Outcome(DialogState state, List<Reply> replies) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
