package org.anxin.counselor;

import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.letter.ChatLetters;
import org.anxin.security.RateLimiters;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/** The counselor capability's parts; the console's security is in {@link ConsoleSecurity}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CounselorProperties.class)
class CounselorConfiguration {

    @Bean
    PasswordEncoder counselorPasswords(CounselorProperties properties) {
        // BCrypt at cost 12 by default: about a quarter of a second per check, making guesses at stolen hashes dear.
        return new BCryptPasswordEncoder(properties.passwordCost());
    }

    @Bean
    Counselors counselors(JdbcClient jdbc, PasswordEncoder counselorPasswords, TransactionTemplate transactions,
            java.time.Clock clock) {
        return new Counselors(jdbc, counselorPasswords, transactions, clock);
    }

    @Bean
    Handoffs handoffs(JdbcClient jdbc, TransactionTemplate transactions, DialogEngine engine) {
        return new Handoffs(jdbc, transactions,
                () -> StartFlows.of(engine.dialogs()).stream().map(StartFlows.StartFlow::id).toList());
    }

    @Bean
    HandoffLinks handoffLinks(CounselorProperties properties, Environment environment) {
        boolean wechat = StringUtils.hasText(environment.getProperty("anxin.wechat.app-id"))
                && StringUtils.hasText(environment.getProperty("anxin.wechat.token"));
        String configured = properties.publicUrl() != null ? properties.publicUrl() : environment.getProperty("anxin.public-url");
        String ownPort = "http://localhost:" + environment.getProperty("server.port", "8080");
        return new HandoffLinks(configured, ownPort, environment.getProperty("anxin.telegram.username"), wechat);
    }

    @Bean
    HandoffStartLinks handoffStartLinks(Handoffs handoffs, Counselors counselors) {
        return new HandoffStartLinks(handoffs, counselors);
    }

    @Bean
    HandoffRecords handoffRecords(JdbcClient jdbc, java.time.Clock clock) {
        return new HandoffRecords(jdbc, clock);
    }

    @Bean
    SharedDrafts sharedDrafts(HandoffRecords records, TurnService turns, ChatLetters letters) {
        return new SharedDrafts(records, turns, letters);
    }

    @Bean
    LoginThrottle loginThrottle(CounselorProperties properties, RateLimiters limiters) {
        return new LoginThrottle(limiters.perPeriod("sign-in-account", properties.accountFailures(), properties.lockout()),
                limiters.perPeriod("sign-in-address", properties.addressFailures(), properties.lockout()));
    }
}
