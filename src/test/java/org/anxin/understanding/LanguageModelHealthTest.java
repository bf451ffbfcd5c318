package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.Reading;
import org.junit.jupiter.api.Test;

/**
 * While the model loads, the server is not ready, and a typed message waits for it instead of being read by the rules
 * alone, unless the rules already find it urgent; a model that cannot be loaded leaves the rules to answer, and says so.
 */
class LanguageModelHealthTest {

    private final UnderstandingContent content = ShippedDialogs.checked().understanding();

    @Test
    void aMessageTypedWhileTheModelLoadsWaitsForIt() throws Exception {
        CompletableFuture<BgeEncoder> loading = new CompletableFuture<>();
        ModelUnderstanding understanding = new ModelUnderstanding(content, loading, TextClassifier.Method.NEAREST,
                Thresholds.DEFAULTS);
        assertThat(understanding.ready()).isFalse();
        CompletableFuture<Reading> read = CompletableFuture.supplyAsync(() -> understanding.read("药我已经攒够了 今晚就结束吧", "zh-CN"));
        await("the reading waits while the model loads").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !read.isDone());
        loading.complete(BgeEncoder.shared().join());
        assertThat(read.get(60, TimeUnit.SECONDS).concern()).isEqualTo(Reading.Concern.URGENT);
        assertThat(understanding.ready()).isTrue();
    }

    @Test
    void aMessageTheRulesFindUrgentIsAnsweredAtOnceWhileTheModelLoads() throws Exception {
        ModelUnderstanding understanding = new ModelUnderstanding(content, new CompletableFuture<>(),
                TextClassifier.Method.NEAREST, Thresholds.DEFAULTS);
        CompletableFuture<Reading> read = CompletableFuture.supplyAsync(() -> understanding.read("我不想活了", "zh-CN"));
        assertThat(read.get(5, TimeUnit.SECONDS).concern()).isEqualTo(Reading.Concern.URGENT);
        assertThat(understanding.ready()).isFalse();
    }

    @Test
    void whenTheModelCannotBeLoadedTheRulesStillAnswerAndHealthSaysSo() {
        ModelUnderstanding understanding = new ModelUnderstanding(content,
                CompletableFuture.failedFuture(new IllegalStateException("no model")), TextClassifier.Method.NEAREST,
                Thresholds.DEFAULTS);
        understanding.awaitReady();
        assertThat(understanding.failed()).isTrue();
        assertThat(understanding.ready()).isFalse();
        assertThat(understanding.read("我不想活了", "zh-CN").concern()).isEqualTo(Reading.Concern.URGENT);
        assertThat(understanding.read("我想协商还款", "zh-CN")).isEqualTo(new Reading(Reading.Concern.NONE, List.of(), false));
    }

    @Test
    void aMessageThatIsOnlyAFigureOfSpeechOrSymbolsIsReadWithoutAlarm() {
        ModelUnderstanding understanding = new ModelUnderstanding(content, BgeEncoder.shared(), TextClassifier.Method.NEAREST,
                Thresholds.DEFAULTS);
        for (String text : List.of("累死了", "烦死了！！！", "😂😂", "[2J[31m", "。。。", "")) {
            assertThat(understanding.read(text, "zh-CN").concern()).as(text).isEqualTo(Reading.Concern.NONE);
        }
    }
}
