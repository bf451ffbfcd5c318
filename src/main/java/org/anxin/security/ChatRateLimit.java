package org.anxin.security;

import java.util.function.Predicate;

/** Whether a conversation may take another turn now: one flooding chat is slowed without slowing anyone else. */
public final class ChatRateLimit implements Predicate<String> {

    private final RateLimits limits;

    ChatRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean test(String conversationId) {
        return limits.tryAcquire(conversationId);
    }
}
