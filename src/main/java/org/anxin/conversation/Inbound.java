package org.anxin.conversation;

import java.time.Instant;
import org.anxin.dialog.UserInput;

/**
 * One message from any channel, in one shape. {@code chatId} is the channel's id of the conversation;
 * {@code messageId}, when the channel has one, makes a repeated delivery harmless.
 */
public record Inbound(String channel, String chatId, String messageId, UserInput input, Instant at, String localeHint) {

    public String conversationId() {
        return channel + ":" + chatId;
    }
}
