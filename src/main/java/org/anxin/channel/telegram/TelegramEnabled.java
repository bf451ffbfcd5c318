package org.anxin.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Telegram is on when {@code anxin.telegram.token} has a value; an empty one (an unset env var) counts as off. */
final class TelegramEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("anxin.telegram.token");
        return token != null && !token.isBlank();
    }
}
