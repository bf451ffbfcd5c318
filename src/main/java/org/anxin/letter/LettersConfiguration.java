package org.anxin.letter;

import org.anxin.settings.AnxinProperties;
import org.anxin.dialog.DialogEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Exposes {@link Letters} for the dialogs folder of {@code anxin.dialogs-dir}; loaded on first use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LettersProperties.class)
public class LettersConfiguration {

    @Bean
    @Lazy
    Letters letters(AnxinProperties anxin, LettersProperties properties, DialogEngine engine) {
        // The knowledge base the server already read and checked: the folder is not read a second time.
        return Letters.load(anxin.dialogsDir(), properties.font(), engine.dialogs().facts());
    }

    @Bean
    LetterLinks letterLinks(LettersProperties properties, java.time.Clock clock) {
        byte[] secret;
        if (properties.linkSecret() != null && !properties.linkSecret().isBlank()) {
            secret = properties.linkSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
        }
        return new LetterLinks(secret, properties.linkLifetime(), clock);
    }

    @Bean
    @Lazy
    ChatLetters chatLetters(Letters letters, DialogEngine engine) {
        return new ChatLetters(letters, engine);
    }
}
