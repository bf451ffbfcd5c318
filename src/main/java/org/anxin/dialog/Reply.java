package org.anxin.dialog;

import java.util.List;

/** One message from the bot, channel-neutral; each channel decides how to show the choices. */
public record Reply(String text, List<Option> choices) {

    public Reply {
        choices = List.copyOf(choices);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A choice as shown: the key a user can type or a button sends, and its label in the user's language. */
    public record Option(String key, String label) {
    }
}
