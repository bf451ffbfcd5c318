package org.anxin.letter;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.letters.*} ({@code ANXIN_LETTERS_FONT}, {@code ANXIN_LETTERS_LINK_SECRET}, ... from the
 * environment).
 *
 * @param font         the TrueType font (.ttf or .ttc) PDFs embed; default {@link LetterFont#DEFAULT}
 * @param linkSecret   signs download links (32 characters or more); when unset a random one is made at start, so
 *                     links stop working when the server restarts
 * @param linkLifetime how long a download link works; default 7 days
 * @param publicUrl    where users reach this server (such as https://anxin.example.org), for links sent on channels
 *                     that are not the web page itself (WeChat); unset, those channels send the text only
 */
@ConfigurationProperties("anxin.letters")
public record LettersProperties(Path font, String linkSecret, Duration linkLifetime, URI publicUrl) {

    public LettersProperties {
        font = font != null ? font : LetterFont.DEFAULT;
        linkLifetime = linkLifetime != null ? linkLifetime : Duration.ofDays(7);
    }
}
