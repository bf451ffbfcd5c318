package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When a message arrived, as borrowers say it; it is 2026-11-20, 23:50 in Shanghai. */
class ArrivalTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:50:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "23:40 | 2026-11-20T23:40",
            "23：40 | 2026-11-20T23:40",
            "2026-11-19 23:40 | 2026-11-19T23:40",
            "昨晚11点40 | 2026-11-19T23:40",
            "昨天晚上十一点四十分 | 2026-11-19T23:40",
            "凌晨两点半 | 2026-11-20T02:30",
            "晚上10点 | 2026-11-20T22:00",
            "下午3点 | 2026-11-20T15:00",
            "早上7点 | 2026-11-20T07:00",
            "11月19日 22:05 | 2026-11-19T22:05",
            "yesterday 11:40pm | 2026-11-19T23:40",
            "11pm | 2026-11-20T23:00",
            "7 am | 2026-11-20T07:00"})
    void readsTheTimeAndTheDayIfSaid(String said, String expected) {
        assertThat(ArrivalTime.parse(said, NOW, SHANGHAI)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "昨天", "昨天下午", "不知道", "25:00", "11点70", "abc 23:40 xyz", "{{x}}"})
    void anythingWithoutATimeOfDayIsNotATime(String said) {
        assertThat(ArrivalTime.parse(said, NOW, SHANGHAI)).isEmpty();
    }
}
