package org.anxin.conversation;

import java.time.Instant;

/**
 * A node's claim to send one conversation's answers on one channel, until {@code until}. Only the holder sends, so
 * two nodes never send the same answer, and answers go out in order; a claim not renewed in time (its node died)
 * passes to whichever node asks next.
 */
public record DeliveryLease(String channel, String conversationId, String owner, Instant until) {

    /** The same claim, held until {@code later}. */
    public DeliveryLease until(Instant later) {
        return new DeliveryLease(channel, conversationId, owner, later);
    }
}
