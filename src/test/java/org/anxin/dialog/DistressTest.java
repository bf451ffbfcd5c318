package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anxin.understanding.LabelledSet;
import org.junit.jupiter.api.Test;

/**
 * The reviewed distress rules alone, the safety net under the model, on the set they were written against
 * ({@code src/test/resources/understanding/distress/tuning.jsonl}): every line of distress caught, no idiom alarmed.
 */
class DistressTest {

    private final List<LabelledSet.Line> tuning = LabelledSet.read("distress", "tuning.jsonl");

    @Test
    void everyMessageOfDistressIsDetected() {
        List<String> missed = tuning.stream().filter(l -> !l.label().equals("none") && !Distress.detected(l.text()))
                .map(LabelledSet.Line::text).toList();
        assertThat(tuning).hasSizeGreaterThan(100);
        assertThat(missed).as("distress not detected in:%n  %s", String.join("\n  ", missed)).isEmpty();
    }

    @Test
    void everydayIdiomsAndWorriesAreNotDistress() {
        List<String> wrong = tuning.stream().filter(l -> l.label().equals("none") && Distress.detected(l.text()))
                .map(LabelledSet.Line::text).toList();
        assertThat(wrong).as("wrongly taken for distress:%n  %s", String.join("\n  ", wrong)).isEmpty();
    }
}
