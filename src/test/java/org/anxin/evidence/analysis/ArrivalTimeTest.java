package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When a message arrived, as borrowers say it; 2026-11-20 is "today". */
class ArrivalTimeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "23:40 | 23:40",
            "23：40 | 23:40",
            "2026-11-19 23:40 | 2026-11-19T23:40",
            "2026-11-19T23:40 | 2026-11-19T23:40",
            "昨晚11点40 | 2026-11-19T23:40",
            "昨天晚上十一点四十分 | 2026-11-19T23:40",
            "凌晨两点半 | 02:30",
            "凌晨12点 | 00:00",
            "晚上10点 | 22:00",
            "下午3点 | 15:00",
            "早上7点 | 07:00",
            "11月19日 22:05 | 2026-11-19T22:05",
            "yesterday 11:40pm | 2026-11-19T23:40",
            "11pm | 23:00",
            "7 am | 07:00"})
    void readsTheTimeAndTheDayIfSaid(String said, String expected) {
        assertThat(ArrivalTime.parse(said, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "昨天", "不知道", "25:00", "11点70", "abc 23:40 xyz", "{{x}}"})
    void anythingElseIsNotATime(String said) {
        assertThat(ArrivalTime.parse(said, TODAY)).isEmpty();
    }
}
