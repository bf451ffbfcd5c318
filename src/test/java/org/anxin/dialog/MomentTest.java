package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When an incident happened, as people say it; the user is in Shanghai, where it is 2026-11-23 20:00. */
class MomentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "昨天晚上十点|2026-11-22T14:00:00Z",
            "昨晚10点半|2026-11-22T14:30:00Z",
            "昨晚11点40|2026-11-22T15:40:00Z",
            "11:40pm yesterday|2026-11-22T15:40:00Z",
            "10 pm, yesterday|2026-11-22T14:00:00Z",
            "昨天晚上十一点四十分|2026-11-22T15:40:00Z",
            "11月20日 15:30|2026-11-20T07:30:00Z",
            "11月20日下午3点|2026-11-20T07:00:00Z",
            "2026-11-20 22:05|2026-11-20T14:05:00Z",
            "前天凌晨两点|2026-11-20T18:00:00Z",
            "昨天夜里两点一刻|2026-11-21T18:15:00Z",
            "昨天晚上十二点|2026-11-22T16:00:00Z",
            "今天中午12点|2026-11-23T04:00:00Z",
            "早上8点|2026-11-23T00:00:00Z",
            "晚上九点|2026-11-22T13:00:00Z",
            "yesterday 10pm|2026-11-22T14:00:00Z",
            "Yesterday at 10:30 pm|2026-11-22T14:30:00Z",
            "last night 11pm|2026-11-22T15:00:00Z",
            "11/20 3:30 pm|2026-11-20T07:30:00Z",
            "7am|2026-11-22T23:00:00Z",
            "前天下午|2026-11-21 afternoon",
            "yesterday evening|2026-11-22 evening",
            "last night|2026-11-22 night",
            "昨天|2026-11-22",
            "12月24日|2025-12-24"})
    void readsWhenSomethingHappened(String text, String stored) {
        assertThat(Answers.parse(SlotType.DATETIME, text, NOW, SHANGHAI)).hasValue(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "下周", "10", "昨天 3", "25点", "晚上十点半半", "tomorrow", "明天", "11月31日 10点",
            "13pm", "{{x}}", "今天晚上十一点", "hello 10pm", "1140", "昨天 1140"})
    void refusesWhatIsNotAMomentOrIsStillToCome(String text) {
        assertThat(Answers.parse(SlotType.DATETIME, text, NOW, SHANGHAI)).isEmpty();
    }

    @Test
    void atNightMeansBetweenTenInTheEveningAndEightInTheMorning() {
        assertThat(moment("昨天晚上十点").atNight()).isTrue();
        assertThat(moment("前天凌晨两点").atNight()).isTrue();
        assertThat(moment("早上7点59分").atNight()).isTrue();
        assertThat(moment("早上8点").atNight()).isFalse();
        assertThat(moment("晚上9点59分").atNight()).isFalse();
        assertThat(moment("昨天深夜").atNight()).isTrue();
        assertThat(moment("昨天晚上").atNight()).isFalse();
    }

    @Test
    void aStoredMomentReadsBackTheSame() {
        for (String text : new String[] {"昨天晚上十点", "前天下午", "昨天"}) {
            Moment m = moment(text);
            assertThat(Moment.fromSlot(m.slotValue(SHANGHAI), SHANGHAI)).hasValue(m);
        }
        assertThat(Moment.fromSlot("garbage", SHANGHAI)).isEmpty();
    }

    private static Moment moment(String text) {
        return Dates.parseMoment(text, NOW, SHANGHAI).orElseThrow();
    }
}
