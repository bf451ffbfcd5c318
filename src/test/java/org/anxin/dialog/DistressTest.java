package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Distress detection on a test set of realistic messages, one a line, in {@code src/test/resources/distress/}. */
class DistressTest {

    private static final Path SET = Path.of("src/test/resources/distress");

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(SET.resolve(file)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }

    @Test
    void everyDistressMessageIsDetected() throws IOException {
        List<String> messages = lines("distress.txt");
        assertThat(messages).hasSizeGreaterThanOrEqualTo(70);
        List<String> missed = messages.stream().filter(m -> !Distress.detected(m)).toList();
        assertThat(missed).as("distress not detected in:%n  %s", String.join("\n  ", missed)).isEmpty();
    }

    @Test
    void noOrdinaryMessageIsTakenForDistress() throws IOException {
        List<String> messages = lines("not-distress.txt");
        assertThat(messages).hasSizeGreaterThanOrEqualTo(70);
        List<String> wrong = messages.stream().filter(Distress::detected).toList();
        assertThat(wrong).as("wrongly taken for distress:%n  %s", String.join("\n  ", wrong)).isEmpty();
    }

    @Test
    void idiomsAreTakenOutButDistressInTheSameMessageStays() {
        assertThat(Distress.detected("烦死了")).isFalse();
        assertThat(Distress.detected("烦死了，我想死")).isTrue();
        assertThat(Distress.detected("this deadline is killing me")).isFalse();
        assertThat(Distress.detected("this deadline is killing me and I want to die")).isTrue();
    }

    @Test
    void textIsNormalisedBeforeMatching() {
        assertThat(Distress.normalize("Ｉ CAN’T  go on！")).isEqualTo(" i cant go on ");
        assertThat(Distress.normalize("不 想　活，了")).isEqualTo(" 不想活了 ");
        assertThat(Distress.detected(null)).isFalse();
        assertThat(Distress.detected("")).isFalse();
    }
}
