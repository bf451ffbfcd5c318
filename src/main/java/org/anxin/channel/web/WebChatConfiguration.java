package org.anxin.channel.web;

import java.time.Clock;
import org.anxin.security.RateLimiters;
import org.anxin.security.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The web chat's own parts beside its controllers. */
@Configuration(proxyBeanMethods = false)
class WebChatConfiguration {

    /** Guesses at resume codes an address may make: enough for a person with typos, nowhere near enough to search. */
    private static final long CODE_TRIES_PER_MINUTE = 5;

    @Bean
    ResumeCodes resumeCodes(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new ResumeCodes(jdbc, transactions, clock);
    }

    @Bean
    ResumeAttempts resumeAttempts(RateLimiters limiters) {
        return new ResumeAttempts(limiters.perMinute("resume-code", CODE_TRIES_PER_MINUTE, CODE_TRIES_PER_MINUTE));
    }

    /** The per-address limit on resume-code guesses, apart from the chat's general request limit. */
    record ResumeAttempts(RateLimits limits) {
        boolean tryAcquire(String address) {
            return limits.tryAcquire(address);
        }
    }
}
