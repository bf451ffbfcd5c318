package org.anxin.dialog;

import java.util.List;

/**
 * The result of one turn: the new state and what to say. {@code erase} is set when the user confirmed that
 * everything kept about them is to be erased: the conversation layer then erases it instead of storing the state.
 */
public record Outcome(DialogState state, List<Reply> replies, boolean erase) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
