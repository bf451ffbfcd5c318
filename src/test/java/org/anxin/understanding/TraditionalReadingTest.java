package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.List;
import java.util.function.UnaryOperator;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The model with the rules, as the server reads typed words, on the holdout sets written in traditional characters:
 * distress is read at least as seriously as in the simplified original, and a need goes where it goes there.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraditionalReadingTest {

    private ModelUnderstanding model;

    @BeforeAll
    void load() {
        model = RememberedVectors.understanding(ShippedDialogs.checked().understanding(),
                TextClassifier.Method.NEAREST);
        model.awaitReady();
    }

    @Test
    void distressIsReadAtLeastAsSeriouslyInTraditionalAsInSimplified() {
        List<LabelledSet.Line> lines = chinese(LabelledSet.read("distress", "holdout.jsonl"));
        for (UnaryOperator<String> traditional : List.<UnaryOperator<String>>of(ZhConverterUtil::toTraditional,
                ZhTwConverterUtil::toTraditional)) {
            List<String> weaker = lines.stream().filter(line -> {
                Reading.Concern simplified = model.read(line.text(), "zh-CN").concern();
                Reading.Concern written = model.read(traditional.apply(line.text()), "zh-Hant").concern();
                return written.ordinal() < simplified.ordinal();
            }).map(line -> traditional.apply(line.text())).toList();
            assertThat(weaker).as("read less seriously in traditional:%n  %s", String.join("\n  ", weaker)).isEmpty();
        }
    }

    @Test
    void aNeedInTraditionalGoesWhereItGoesInSimplified() {
        List<LabelledSet.Line> lines = chinese(LabelledSet.read("intents", "holdout.jsonl"));
        List<String> elsewhere = lines.stream().filter(line -> !model.read(ZhConverterUtil.toTraditional(line.text()), "zh-Hant")
                .intents().equals(model.read(line.text(), "zh-CN").intents()))
                .map(LabelledSet.Line::text).toList();
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(elsewhere).as("read otherwise in traditional:%n  %s", String.join("\n  ", elsewhere)).isEmpty();
    }

    private static List<LabelledSet.Line> chinese(List<LabelledSet.Line> lines) {
        return lines.stream().filter(line -> line.locale().startsWith("zh")).toList();
    }
}
