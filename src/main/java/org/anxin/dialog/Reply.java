package org.anxin.dialog;

import java.util.List;

/**
 * One message from the bot, channel-neutral; each channel decides how to show the choices and how to deliver a
 * {@link Document} (null when the reply hands none over) or a picture drawn from the answers, named by its kind
 * (such as {@code plan-chart}; channels that cannot show images leave it out: the text says the same).
 */
public record Reply(String text, List<Option> choices, Document document, String picture) {

    public Reply {
        choices = List.copyOf(choices);
    }

    public Reply(String text, List<Option> choices) {
        this(text, choices, null, null);
    }

    public Reply(String text, List<Option> choices, Document document) {
        this(text, choices, document, null);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /**
     * A choice as shown: the key a user can type or a button sends, its label in the user's language, and its role
     * when a channel should set it apart ({@link #URGENT}: urgent help, shown first and in its own colour;
     * {@link #MENU}: back to the main menu, kept apart from the choices that go forward), else null.
     */
    public record Option(String key, String label, String role) {

        public static final String URGENT = "urgent";
        public static final String MENU = "menu";

        public Option(String key, String label) {
            this(key, label, null);
        }
    }
}
