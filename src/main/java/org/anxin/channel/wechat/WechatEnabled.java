package org.anxin.channel.wechat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * WeChat is on when an app id and a token are set, and not blank: an empty {@code ANXIN_WECHAT_APP_ID=} in a
 * container file must leave it off rather than start a channel that cannot work.
 */
class WechatEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("anxin.wechat.app-id"))
                && StringUtils.hasText(context.getEnvironment().getProperty("anxin.wechat.token"));
    }
}
