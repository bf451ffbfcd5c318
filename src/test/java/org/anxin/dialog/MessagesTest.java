package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language a wish names: a tag from a browser or an app, or a word typed after /lang. */
class MessagesTest {

    private final Messages messages = new Messages(List.of("zh-CN", "en", "zh-Hant"),
            Map.of("zh-CN", Map.of(), "en", Map.of(), "zh-Hant", Map.of()), Map.of("zh-Hant", "zh-CN"));

    @ParameterizedTest
    @CsvSource({"zh-Hant, zh-Hant", "ZH-HANT, zh-Hant", "zh-TW, zh-Hant", "zh_hk, zh-Hant", "zh-Hant-TW, zh-Hant",
            "zh-MO, zh-Hant", "繁體, zh-Hant", "繁体中文, zh-Hant", "traditional, zh-Hant",
            "zh, zh-CN", "zh-cn, zh-CN", "zh-Hans, zh-CN", "zh-SG, zh-CN", "中文, zh-CN", "简体, zh-CN", "簡體中文, zh-CN",
            "en, en", "EN-us, en", "english, en", "英文, en"})
    void aWishNamesALocaleTheBotSpeaks(String wish, String locale) {
        assertThat(messages.resolveLocale(wish)).isEqualTo(locale);
    }

    @Test
    void anUnknownWishNamesNone() {
        assertThat(messages.resolveLocale("xx")).isNull();
        assertThat(messages.resolveLocale("fr-FR")).isNull();
        assertThat(messages.resolveLocale(null)).isNull();
    }

    @Test
    void withoutTraditionalEveryChineseIsTheChineseThereIs() {
        Messages written = new Messages(List.of("zh-CN", "en"), Map.of("zh-CN", Map.of(), "en", Map.of()));
        assertThat(written.resolveLocale("zh-TW")).isEqualTo("zh-CN");
        assertThat(written.writtenLocales()).containsExactly("zh-CN", "en");
    }

    @Test
    void aConvertedLocaleIsNotWrittenByHand() {
        assertThat(messages.writtenLocales()).containsExactly("zh-CN", "en");
    }
}
