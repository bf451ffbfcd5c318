package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind, in each of its locales, rendered from its fixed scenario, equals the reviewed letter committed next to
 * it ({@code src/test/resources/letters/<kind>.<locale>.txt}). After a deliberate change, regenerate with
 * {@code -Dletters.golden.update=true} and review the diff.
 */
class LetterGoldenTest {

    static Stream<Arguments> kindsAndLocales() {
        return LetterFixtures.KINDS.stream().flatMap(kind -> LetterFixtures.letters().kind(kind).locales().stream()
                .map(locale -> Arguments.of(kind, locale)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLocales")
    void rendersTheReviewedText(String kind, String locale) throws IOException {
        String text = LetterFixtures.letters().text(kind, locale, LetterFixtures.scenario(kind));
        Path expected = LetterFixtures.RESOURCES.resolve(kind + "." + locale + ".txt");
        if (Boolean.getBoolean("letters.golden.update")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected letter %s", expected).exists();
        assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
