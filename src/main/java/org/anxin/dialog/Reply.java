package org.anxin.dialog;

import java.util.List;

/**
 * One message from the bot, channel-neutral; each channel decides how to show the choices and how to deliver a
 * {@link Document} (null when the reply hands none over).
 */
public record Reply(String text, List<Option> choices, Document document) {

    public Reply {
        choices = List.copyOf(choices);
    }

    public Reply(String text, List<Option> choices) {
        this(text, choices, null);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A choice as shown: the key a user can type or a button sends, and its label in the user's language. */
    public record Option(String key, String label) {
    }
}
