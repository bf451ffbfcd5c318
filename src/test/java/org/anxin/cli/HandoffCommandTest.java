package org.anxin.cli;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code counselor add} and {@code handoff create}, in-process, on a store of their own. */
@ProcessWide
class HandoffCommandTest {

    @TempDir
    Path data;

    @BeforeEach
    void store() {
        System.setProperty("anxin.data-dir", data.toString());
        System.setProperty("anxin.counselor.public-url", "https://anxin.example.org/");
        System.setProperty("anxin.counselor.password-cost", "4");
    }

    @AfterEach
    void forget() {
        System.clearProperty("anxin.data-dir");
        System.clearProperty("anxin.counselor.public-url");
        System.clearProperty("anxin.counselor.password-cost");
    }

    @Test
    void aCounselorIsAddedAndMakesALinkPrintedAsOneJsonLine() throws Exception {
        CommandRun added = CommandRun.of("counselor", "add", "--name", "王老师", "--org", "深圳市法律援助中心");
        assertThat(added.code()).isZero();
        String id = added.lines().get(0).replaceFirst("^id:\\s+", "");
        assertThat(added.lines().get(1)).matches("password: [A-Za-z0-9_-]{20}");

        CommandRun made = CommandRun.of("handoff", "create", "--counselor", id, "--flow", "complain", "--lender", "微粒贷",
                "--expires", "7d", "--uses", "3");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.lines()).hasSize(1);
        JsonNode link = new ObjectMapper().readTree(made.out());
        String token = link.get("token").asText();
        assertThat(token).matches("h_[A-Za-z0-9_-]{20}");
        assertThat(link.get("web").asText()).isEqualTo("https://anxin.example.org/?start=" + token);
        // Neither Telegram nor WeChat is configured here: the keys are there, empty.
        assertThat(link.has("telegram")).isTrue();
        assertThat(link.get("telegram").isNull()).isTrue();
        assertThat(link.get("wechatScene").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        CommandRun unknown = CommandRun.of("handoff", "create", "--counselor", "nobody", "--flow", "complain");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no counselor with id 'nobody'");

        String id = CommandRun.of("counselor", "add", "--name", "李", "--org", "消协").lines().get(0).replaceFirst("^id:\\s+", "");
        CommandRun flow = CommandRun.of("handoff", "create", "--counselor", id, "--flow", "{{x}}");
        assertThat(flow.code()).isEqualTo(2);
        assertThat(flow.err()).contains("no flow named '{{x}}'");
    }

    @Test
    void anExpiryIsGivenInDaysOrHours() {
        assertThat(HandoffCommand.duration("30d")).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(HandoffCommand.duration(" 12H ")).isEqualTo(java.time.Duration.ofHours(12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HandoffCommand.duration("soon"))
                .hasMessageContaining("30d or 12h");
    }
}
