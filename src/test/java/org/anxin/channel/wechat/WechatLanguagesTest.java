package org.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Asking WeChat for a user's language never holds up a turn for long, and asks about each user once. */
class WechatLanguagesTest {

    @ParameterizedTest
    @CsvSource({"zh_TW, zh-Hant", "zh_HK, zh-Hant", "en, en", "en_US, en", "zh_CN, zh-CN", "ja, zh-CN", "'', ", ","})
    void wechatsLanguagesBecomeTheBotsLocales(String wechatLanguage, String locale) {
        assertThat(WechatLanguages.locale(wechatLanguage)).isEqualTo(locale);
    }

    @Test
    void aSlowAnswerIsNotWaitedForButKeptForTheNextMessage() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        try (WechatLanguages languages = new WechatLanguages(openId -> {
            asked.incrementAndGet();
            awaitQuietly(answer);
            return "en";
        }, Duration.ofMillis(100))) {
            long start = System.nanoTime();
            assertThat(languages.localeHint("oUser_slow")).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

            answer.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> "en".equals(languages.localeHint("oUser_slow")));
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void aFailureMeansTheMainLanguageAndIsNotAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        try (WechatLanguages languages = new WechatLanguages(openId -> {
            asked.incrementAndGet();
            throw new WxErrorException(WxError.builder().errorCode(48001).errorMsg("api unauthorized").build());
        }, Duration.ofSeconds(1));
                WechatLanguages broken = new WechatLanguages(openId -> {
                    throw new IllegalStateException("no access token");
                }, Duration.ofSeconds(1))) {
            assertThat(languages.localeHint("oUser_refused")).isNull();
            assertThat(languages.localeHint("oUser_refused")).isNull();
            assertThat(asked).hasValue(1);
            assertThat(broken.localeHint("oUser_broken")).isNull();
        }
    }

    @Test
    void aUserWhomWechatToldNothingAboutStartsInTheMainLanguage() {
        try (WechatLanguages languages = new WechatLanguages(openId -> null, Duration.ofSeconds(1))) {
            assertThat(languages.localeHint("oUser_unsubscribed")).isNull();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
