package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Telling traditional writing from simplified, and converting between them. */
class ChineseScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"法院寄來傳票了", "催收打電話給我媽", "我真的撐不下去了", "菜單", "還", "3萬5"})
    void textWithCharactersOnlyTraditionalUsesIsTraditional(String text) {
        assertThat(ChineseScript.writtenInTraditional(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"法院寄来传票了", "不想活了", "活不下去了", "著名的律师说皇后区", "35000", "hello", "", "😀"})
    void simplifiedTextAndTextBothWritingsShareIsNot(String text) {
        // 不想活了 and 活不下去了 are written alike in both: nothing tells them apart, so nothing switches.
        assertThat(ChineseScript.writtenInTraditional(text)).isFalse();
    }

    @Test
    void nothingIsNotTraditional() {
        assertThat(ChineseScript.writtenInTraditional(null)).isFalse();
    }

    @Test
    void convertsPhraseByPhraseBothWays() {
        assertThat(ChineseScript.toTraditional("头发和发展都要还")).isEqualTo("頭髮和發展都要還");
        assertThat(ChineseScript.toSimplified("法院寄來傳票了，催收打電話給我媽")).isEqualTo("法院寄来传票了，催收打电话给我妈");
        assertThat(ChineseScript.toSimplified("call 12356 now")).isEqualTo("call 12356 now");
        assertThat(ChineseScript.toSimplified(null)).isNull();
    }
}
