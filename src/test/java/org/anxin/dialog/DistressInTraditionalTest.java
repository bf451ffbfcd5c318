package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.anxin.understanding.LabelledSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distress rules are never weaker in traditional characters: every message of the distress sets, written as
 * Taiwan, Hong Kong or OpenCC's standard traditional writes it, is read exactly as the simplified original is.
 */
class DistressInTraditionalTest {

    private static final List<LabelledSet.Line> ALL = Stream.of("tuning.jsonl", "holdout.jsonl",
                    "fresh-2026-11-30.jsonl", "fresh-round2.jsonl", "fresh-round3.jsonl", "fresh-round4.jsonl")
            .flatMap(file -> LabelledSet.read("distress", file).stream())
            .filter(line -> line.locale().startsWith("zh")).toList();

    static Stream<Arguments> writings() {
        return Stream.of(
                Arguments.of("OpenCC standard", (UnaryOperator<String>) ZhConverterUtil::toTraditional),
                Arguments.of("Taiwan", (UnaryOperator<String>) ZhTwConverterUtil::toTraditional),
                Arguments.of("Hong Kong", (UnaryOperator<String>) ZhHkConverterUtil::toTraditional));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writings")
    void everyMessageReadsAsItsSimplifiedOriginal(String writing, UnaryOperator<String> traditional) {
        assertThat(ALL).hasSizeGreaterThan(500);
        List<String> differ = ALL.stream()
                .filter(line -> Distress.detected(traditional.apply(line.text())) != Distress.detected(line.text()))
                .map(line -> traditional.apply(line.text()) + "  (" + line.label() + ")").toList();
        assertThat(differ).as("read otherwise than in simplified:%n  %s", String.join("\n  ", differ)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"活不下去了", "真的不想活了，還不起", "我真的撐不下去了", "活著沒意思", "睡著了就別再醒來",
            "我想自殺", "想跳樓", "他們說要殺了我全家", "催收說要打斷我的腿"})
    void typedTraditionalDistressIsDetected(String message) {
        assertThat(Distress.detected(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"煩死了", "笑死我了", "累死了，今天加班", "手機死機了", "著名的律師"})
    void traditionalIdiomsRaiseNoAlarm(String message) {
        assertThat(Distress.detected(message)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void everyRuleIsWrittenInSimplifiedCharacters(String rule) {
        // Messages are converted to simplified before the rules read them, so a traditional character never matches.
        assertThat(ZhConverterUtil.toSimple(rule)).isEqualTo(rule);
    }

    static Stream<String> rules() {
        return Stream.of(Distress.IDIOMS, Distress.SELF_HARM, Distress.THREATS).flatMap(List::stream)
                .map(java.util.regex.Pattern::pattern);
    }
}
