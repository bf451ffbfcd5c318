package org.anxin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void phoneIdAndCardNumbersAreTakenOutInEveryUsualWriting() {
        String line = Redactor.redact("call 13812345678, +86 138-1234-5678 or 138 1234 5678; id 11010519491231002X;"
                + " card 6222 0212 3456 7890 123 and 6222021234567890123; landline 010-12345678");

        assertThat(line).doesNotContainPattern("\\d{4}").contains("[number]");
    }

    @Test
    void chineseTextIsTakenOutBecauseOnlyAUserWritesIt() {
        assertThat(Redactor.redact("parse error near '我欠了三万，催收的人骂我'")).isEqualTo("parse error near '[text]'");
    }

    @Test
    void whatAnOperatorNeedsStays() {
        String line = "2026-11-24T03:10:00.123+08:00  INFO 4242 --- [nio-8080-exec-1] o.a.c.TurnService : turn on web now at negotiate:owed (attempt 2 of 3, 250 ms)";
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }
}
