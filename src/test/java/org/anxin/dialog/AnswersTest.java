package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    /** 2026-11-20 01:30 in Shanghai is still 2026-11-19 in UTC: relative dates must follow the user's zone. */
    private static final Instant AT = Instant.parse("2026-11-19T17:30:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"今天,2026-11-20", "昨天,2026-11-19", "前天,2026-11-18", "yesterday,2026-11-19",
            "2026-11-02,2026-11-02", "2026/3/5,2026-03-05", "2025年12月31日,2025-12-31", "11月20日,2026-11-20",
            "11/20,2026-11-20"})
    void readsDatesInTheUsersZone(String text, String expected) {
        assertThat(Answers.parse(SlotType.DATE, text, AT, SHANGHAI)).hasValue(expected);
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(Answers.parse(SlotType.DATE, "2026-02-30", AT, SHANGHAI)).isEmpty();
        assertThat(Answers.parse(SlotType.DATE, "下周", AT, SHANGHAI)).isEmpty();
    }

    @Test
    void readsYesAndNoInBothLanguages() {
        assertThat(Answers.parse(SlotType.YES_NO, "是的", AT, SHANGHAI)).hasValue("yes");
        assertThat(Answers.parse(SlotType.YES_NO, "Yes!", AT, SHANGHAI)).hasValue("yes");
        assertThat(Answers.parse(SlotType.YES_NO, "不是", AT, SHANGHAI)).hasValue("no");
        assertThat(Answers.parse(SlotType.YES_NO, "no", AT, SHANGHAI)).hasValue("no");
        assertThat(Answers.parse(SlotType.YES_NO, "不安全", AT, SHANGHAI)).hasValue("no");
        assertThat(Answers.parse(SlotType.YES_NO, "I am not safe", AT, SHANGHAI)).hasValue("no");
        assertThat(Answers.parse(SlotType.YES_NO, "也许", AT, SHANGHAI)).isEmpty();
    }

    @Test
    void keepsMoneyAsAPlainDecimal() {
        assertThat(Answers.parse(SlotType.MONEY, "3万5", AT, SHANGHAI)).hasValue("35000");
        assertThat(Answers.parse(SlotType.MONEY, "1072.5", AT, SHANGHAI)).hasValue("1072.5");
    }

    @Test
    void readsPhoneNumbersAsPeopleTypeThem() {
        assertThat(Answers.parse(SlotType.PHONE, "139 1234 5678", AT, SHANGHAI)).hasValue("13912345678");
        assertThat(Answers.parse(SlotType.PHONE, "+86 139-1234-5678", AT, SHANGHAI)).hasValue("13912345678");
        assertThat(Answers.parse(SlotType.PHONE, "010-12345678", AT, SHANGHAI)).hasValue("01012345678");
        assertThat(Answers.parse(SlotType.PHONE, "12345", AT, SHANGHAI)).isEmpty();
        assertThat(Answers.parse(SlotType.PHONE, "1291234567", AT, SHANGHAI)).isEmpty();
    }
}
