package org.anxin.privacy;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@ProcessWide
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

    @Test
    void secretsALibraryPutsInAnExceptionAreTakenOut() {
        String line = Redactor.redact("POST https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage"
                + " failed; GET /cgi-bin/menu/get?access_token=ACCESS_tok3n&x=1 and ?secret=abc");

        assertThat(line).doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "ACCESS_tok3n", "abc")
                .contains("/bot[token]/sendMessage", "access_token=[secret]&x=1", "secret=[secret]");
    }

    /**
     * Warnings and errors pass the exception to the logger, so its message, its causes' messages and its stack trace
     * are in the line: the layout, with the pattern Spring Boot's console uses ({@code %wEx} for the trace), redacts them
     * as it redacts the message.
     */
    @Test
    void anExceptionsMessageCausesAndStackTraceAreRedactedToo() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(("<configuration>"
                + "<include resource=\"org/springframework/boot/logging/logback/defaults.xml\"/>"
                + "<property scope=\"context\" name=\"PATTERN\" value=\"${CONSOLE_LOG_PATTERN}\"/></configuration>")
                .getBytes(StandardCharsets.UTF_8)));
        RedactingPatternLayout layout = new RedactingPatternLayout();
        layout.setContext(context);
        layout.setPattern(context.getProperty("PATTERN"));
        layout.start();
        Exception failure = new IllegalStateException("no account for 13812345678",
                new IllegalArgumentException("bad id 11010519491231002X in '我欠了三万，催收的人骂我'"));
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("org.anxin.Test"), Level.ERROR,
                "turn on {} failed", failure, new Object[] {"web"});

        String line = layout.doLayout(event);

        assertThat(line).contains("turn on web failed", "IllegalStateException: no account for [number]",
                        "Caused by: java.lang.IllegalArgumentException: bad id [number] in '[text]'",
                        "at org.anxin.privacy.RedactorTest.anExceptionsMessageCausesAndStackTraceAreRedactedToo")
                .doesNotContain("13812345678", "11010519491231002X", "三万");
    }
}
