package org.anxin.security;

import javax.sql.DataSource;
import org.anxin.settings.AnxinProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Rate limits and the web protection filter, first in line. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** Keys remembered at most per limit in memory; a flood of new addresses or chats evicts the oldest. */
    private static final long MAX_KEYS = 100_000;

    /** On PostgreSQL every node counts in the shared database; the embedded store serves one node, in memory. */
    @Bean
    Buckets rateLimitBuckets(AnxinProperties properties, DataSource dataSource) {
        return properties.store().postgres() ? new DatabaseBuckets(dataSource) : new MemoryBuckets(MAX_KEYS);
    }

    @Bean
    RateLimiters rateLimiters(Buckets rateLimitBuckets) {
        return new RateLimiters(rateLimitBuckets);
    }

    @Bean
    FilterRegistrationBean<WebProtectionFilter> webProtectionFilter(SecurityProperties limits, RateLimiters limiters) {
        var registration = new FilterRegistrationBean<>(new WebProtectionFilter(
                limiters.perMinute("address", limits.addressPerMinute(), limits.addressBurst()), limits.maxBodyBytes(),
                new UploadsInFlight(limits.uploadBytesInFlight().toBytes())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ChatRateLimit chatRateLimit(SecurityProperties limits, RateLimiters limiters) {
        return new ChatRateLimit(limiters.perMinute("chat", limits.chatPerMinute(), limits.chatBurst()));
    }
}
