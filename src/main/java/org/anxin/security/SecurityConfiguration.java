package org.anxin.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Rate limits and the web protection filter, first in line. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** Keys remembered at most; a flood of new addresses or chats evicts the oldest, it cannot grow memory. */
    private static final long MAX_KEYS = 100_000;

    @Bean
    FilterRegistrationBean<WebProtectionFilter> webProtectionFilter(SecurityProperties limits) {
        var registration = new FilterRegistrationBean<>(new WebProtectionFilter(
                new RateLimits(limits.addressPerMinute(), limits.addressBurst(), MAX_KEYS), limits.maxBodyBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ChatRateLimit chatRateLimit(SecurityProperties limits) {
        return new ChatRateLimit(new RateLimits(limits.chatPerMinute(), limits.chatBurst(), MAX_KEYS));
    }
}
