package org.anxin.conversation;

import org.anxin.dialog.DialogState;

/** A conversation's state as stored, with the row version it was read at (for optimistic writes). */
public record StoredConversation(String id, DialogState state, long version) {
}
