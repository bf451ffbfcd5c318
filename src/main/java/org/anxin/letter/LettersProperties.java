package org.anxin.letter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.anxin.settings.Secrets;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.letters.*} ({@code ANXIN_LETTERS_FONT}, {@code ANXIN_LETTERS_LINK_SECRET}, ... from the
 * environment).
 *
 * @param font         the TrueType font (.ttf or .ttc) PDFs embed; default {@link LetterFont#DEFAULT}
 * @param linkSecret   signs download links (32 characters or more); when unset a random one is made at start, so
 *                     links stop working when the server restarts. Required when {@code anxin.store.url} is set:
 *                     every node that shares the store must open the links the others made
 * @param linkLifetime how long a download link works; default 7 days
 * @param publicUrl    where users reach this server (such as https://anxin.example.org), for links sent on channels
 *                     that are not the web page itself (WeChat); unset, those channels send the text only
 */
@ConfigurationProperties("anxin.letters")
@Validated
public record LettersProperties(Path font, @Size(min = 32, message = "needs 32 characters or more") String linkSecret,
        @DefaultValue("7d") @NotNull @DurationMin(minutes = 1) Duration linkLifetime, URI publicUrl) {

    public LettersProperties {
        // The font's default is worked out from the system (LetterFont), so it is not an annotation's constant.
        font = font != null ? font : LetterFont.DEFAULT;
        linkSecret = linkSecret == null || linkSecret.isBlank() ? null : linkSecret;
    }

    @Override
    public String toString() {
        return "LettersProperties[font=" + font + ", linkSecret=" + Secrets.shown(linkSecret) + ", linkLifetime="
                + linkLifetime + ", publicUrl=" + publicUrl + "]";
    }
}
