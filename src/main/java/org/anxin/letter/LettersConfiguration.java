package org.anxin.letter;

import org.anxin.settings.AnxinProperties;
import org.anxin.settings.Secrets;
import org.anxin.settings.ServerOnly;
import org.anxin.dialog.DialogEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

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
    LetterLinks letterLinks(LettersProperties properties, AnxinProperties anxin, Environment environment, java.time.Clock clock) {
        boolean serving = !ServerOnly.COMMAND.equals(environment.getProperty(ServerOnly.MODE));
        return new LetterLinks(linkSecret(properties, anxin.store().shared() && serving), properties.linkLifetime(), clock);
    }

    /**
     * The configured secret; unset, a random one for this process, unless several nodes may share the store: then a
     * link one node made must open on every other, so the start stops and says which property to set. A command
     * serves no links, so it may go without.
     */
    static byte[] linkSecret(LettersProperties properties, boolean sharedServer) {
        if (properties.linkSecret() != null) {
            return properties.linkSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (sharedServer) {
            throw new InvalidConfigurationPropertyValueException("anxin.letters.link-secret", Secrets.shown(null),
                    "anxin.store.url is set, so several nodes may share the store, and a download link made by one"
                            + " must open on every other: set anxin.letters.link-secret (ANXIN_LETTERS_LINK_SECRET) to"
                            + " the same 32 or more random characters on every node");
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return secret;
    }

    @Bean
    @Lazy
    ChatLetters chatLetters(Letters letters, DialogEngine engine) {
        return new ChatLetters(letters, engine);
    }
}
