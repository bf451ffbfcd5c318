package org.anxin.dialog;

/**
 * A need a user may type in their own words ({@code dialogs/understanding/intents.yaml}): where it leads
 * ({@code target}: {@code flow:}, or {@code flow:step}) and the message key that names it on a button when the bot
 * asks "did you mean …?".
 */
public record Intent(String id, String target, String label, SourceRef at) {
}
