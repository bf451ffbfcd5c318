package org.anxin.letter;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.letters.*} ({@code ANXIN_LETTERS_FONT} from the environment).
 *
 * @param font the TrueType font (.ttf or .ttc) PDFs embed; default {@link LetterFont#DEFAULT}
 */
@ConfigurationProperties("anxin.letters")
public record LettersProperties(Path font) {

    public LettersProperties {
        font = font != null ? font : LetterFont.DEFAULT;
    }
}
