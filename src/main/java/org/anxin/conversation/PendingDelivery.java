package org.anxin.conversation;

/**
 * A processed message whose answer its channel has not finished sending. {@code deliveredParts} counts the outgoing
 * parts (as the channel splits the answer) that already went out, so a resend continues where sending stopped;
 * {@code created} is the time of the turn that stored it.
 */
public record PendingDelivery(String channel, String messageId, String conversationId, TurnResult result,
        int deliveredParts, java.time.Instant created) {
}
