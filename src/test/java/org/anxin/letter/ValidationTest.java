package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers are checked in the kind's field order; the first missing or wrong one is named. */
class ValidationTest {

    private final Letters letters = LetterFixtures.letters();

    private Map<String, Object> scenario() {
        return new HashMap<>(LetterFixtures.scenario("lender-complaint"));
    }

    private InvalidAnswerException invalid(Map<String, Object> answers) {
        try {
            letters.validate("lender-complaint", answers);
        } catch (InvalidAnswerException e) {
            return e;
        }
        throw new AssertionError("expected an invalid answer");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Map<String, Object> answers = scenario();
        answers.remove("lender_name");
        assertThat(invalid(answers).field()).isEqualTo("lender_name");
        answers.put("lender_name", "   ");
        assertThat(invalid(answers).getMessage()).isEqualTo("lender_name: required, but missing");
    }

    @Test
    void theFirstProblemInFieldOrderIsReported() {
        Map<String, Object> answers = scenario();
        answers.remove("complainant_phone");
        answers.put("loan_date", "yesterday");
        assertThat(invalid(answers).field()).isEqualTo("complainant_phone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "complainant_phone | 12345",
            "loan_date         | 2026-02-30",
            "loan_date         | next week",
            "loan_amount       | a lot",
            "contract_number   | 12",
            "letter_date       | 20/11/2026"})
    void aWrongValueIsNamed(String field, String value) {
        Map<String, Object> answers = scenario();
        answers.put(field, value);
        assertThat(invalid(answers).field()).isEqualTo(field);
    }

    @Test
    void wrongTypesAreNamed() {
        Map<String, Object> answers = scenario();
        answers.put("evidence", "one string, not a list");
        assertThat(invalid(answers).field()).isEqualTo("evidence");
        answers = scenario();
        answers.put("evidence", List.of("ok", 7));
        assertThat(invalid(answers).field()).isEqualTo("evidence[2]");
        answers = scenario();
        answers.put("timeline", List.of(Map.of("date", "2026-11-20", "channel", "电话")));
        assertThat(invalid(answers).field()).isEqualTo("timeline[1].what");
        answers.put("timeline", List.of(Map.of("date", "2026-11-20", "time", "25:00", "channel", "电话", "what", "x")));
        assertThat(invalid(answers).field()).isEqualTo("timeline[1].time");
        answers = scenario();
        answers.put("complainant_name", List.of("a"));
        assertThat(invalid(answers).field()).isEqualTo("complainant_name");
        answers = scenario();
        answers.put("complainant_name", "nul\u0000byte");
        assertThat(invalid(answers).field()).isEqualTo("complainant_name");
    }

    @Test
    void valuesAreReadTheWayBorrowersWriteThem() {
        Map<String, Object> answers = scenario();
        for (String date : List.of("2026-11-20", "2026/11/20", "2026年11月20日", "2026-1-5")) {
            answers.put("loan_date", date);
            assertThat(letters.validate("lender-complaint", answers).get("loan_date"))
                    .isEqualTo(date.equals("2026-1-5") ? LocalDate.of(2026, 1, 5) : LocalDate.of(2026, 11, 20));
        }
        for (Object amount : List.of("3万5", "35000", "三万五千", "35,000元", 35000)) {
            answers.put("loan_amount", amount);
            assertThat((BigDecimal) letters.validate("lender-complaint", answers).get("loan_amount"))
                    .isEqualByComparingTo("35000");
        }
        answers.put("loan_amount", "1.2w");
        assertThat((BigDecimal) letters.validate("lender-complaint", answers).get("loan_amount")).isEqualByComparingTo("12000");
        for (String phone : List.of("138 0013 8000", "+86 138-0013-8000", "13800138000")) {
            answers.put("complainant_phone", phone);
            assertThat(letters.validate("lender-complaint", answers).get("complainant_phone")).isEqualTo("13800138000");
        }
        answers.put("complainant_phone", "(020) 8765-4321");
        assertThat(letters.validate("lender-complaint", answers).get("complainant_phone")).isEqualTo("02087654321");
        answers.put("contract_number", "6222 0000 1234 5678");
        assertThat(letters.validate("lender-complaint", answers).get("contract_number")).isEqualTo("****5678");
    }

    @Test
    void anEmptyOptionalFieldLeavesItsLineOut() {
        Map<String, Object> answers = scenario();
        for (String optional : List.of("complainant_name", "complainant_address", "product", "contract_number",
                "loan_date", "loan_amount", "collectors", "extra_requests")) {
            answers.remove(optional);
        }
        String text = letters.text("lender-complaint", "zh-CN", answers);
        assertThat(text).doesNotContain("姓名", "通信地址", "借款产品", "合同号", "借款日期", "借款金额", "催收人员", "其他要求",
                "XXX", "null").contains("联系电话：13800138000");
    }

    @Test
    void anUnknownKindOrLocaleIsAnError() {
        assertThatThrownBy(() -> letters.text("love-letter", "zh-CN", scenario())).hasMessageContaining("unknown letter kind");
        assertThatThrownBy(() -> letters.text("regulator-complaint", "en", scenario())).hasMessageContaining("no en template");
        assertThat(letters.localeFor("regulator-complaint", "en")).isEqualTo("zh-CN");
        assertThat(letters.localeFor("lender-complaint", "en")).isEqualTo("en");
    }
}
