package org.anxin.dialog;

import java.util.List;

/**
 * One step of a flow. On entering it the bot says {@code say}, runs {@code action}, and then either waits
 * (for a choice or a typed answer) or moves on through {@code branches} or {@code next}. {@code cite} names the
 * knowledge entries behind what it says; {@code form} names a {@link Form} the step fills before it goes on; {@code picture} names a picture shown after
 * what it says; {@code command} names a command that leads here from any step ({@code /sharing} and the words
 * under {@code words.sharing}), or is null.
 */
public record Step(
        String id,
        List<String> say,
        Ask ask,
        List<Choice> choices,
        List<Branch> branches,
        String action,
        String next,
        List<String> cite,
        String form,
        String picture,
        String command,
        SourceRef at) {

    public Step {
        say = List.copyOf(say);
        cite = List.copyOf(cite);
        choices = List.copyOf(choices);
        branches = List.copyOf(branches);
    }

    /** A step that waits for the user: it asks for a slot, fills a form, or offers choices. */
    public boolean waits() {
        return ask != null || form != null || !choices.isEmpty();
    }
}
