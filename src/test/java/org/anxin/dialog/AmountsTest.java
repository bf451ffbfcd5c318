package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '=', value = {
            "35000 = 35000", "35,000 = 35000", "35000元 = 35000", "¥35000 = 35000", "￥3.5万 = 35000",
            "3万5 = 35000", "3万5千 = 35000", "1.2w = 12000", "1.2W = 12000", "35k = 35000", "三万五千 = 35000",
            "三万五 = 35000", "两千五百 = 2500", "两千五 = 2500", "十五 = 15", "一万零五 = 10005", "1072.50 = 1072.50",
            "３５０００ = 35000", "1亿2000万 = 120000000", "800块 = 800", "十万 = 100000", "1500 yuan = 1500", "1500 RMB = 1500"})
    void readsAmountsAsBorrowersWriteThem(String text, String expected) {
        assertThat(Amounts.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "-500", "3万abc", "万", "{{x}}", "${7*7}", "😀", "1.2.3", "一二三"})
    void refusesWhatIsNotAnAmount(String text) {
        assertThat(Amounts.parse(text)).isEmpty();
    }
}
