package org.anxin.cli;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code counselor list}, {@code reset-password} and {@code disable}, in-process, on a store of their own. */
@ProcessWide
class CounselorCommandTest {

    @TempDir
    Path data;

    @BeforeEach
    void store() {
        System.setProperty("anxin.data-dir", data.toString());
        System.setProperty("anxin.counselor.password-cost", "4");
    }

    @AfterEach
    void forget() {
        System.clearProperty("anxin.data-dir");
        System.clearProperty("anxin.counselor.password-cost");
    }

    private static String id(CommandRun added) {
        return added.lines().get(0).replaceFirst("^id:\\s+", "");
    }

    private static List<JsonNode> list() throws Exception {
        CommandRun run = CommandRun.of("counselor", "list");
        assertThat(run.code()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : run.lines()) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void listShowsEveryAccountAsOneJsonLineWithoutPasswords() throws Exception {
        assertThat(CommandRun.of("counselor", "list").out()).isEmpty();
        CommandRun wang = CommandRun.of("counselor", "add", "--name", "王老师", "--org", "深圳市法律援助中心");
        CommandRun li = CommandRun.of("counselor", "add", "--name", "李", "--org", "消协");

        CommandRun run = CommandRun.of("counselor", "list");
        assertThat(run.out()).doesNotContain("$2a$", "password", wang.lines().get(1).substring(10), li.lines().get(1).substring(10));
        List<JsonNode> accounts = list();
        assertThat(accounts).hasSize(2);
        JsonNode first = accounts.get(0);
        assertThat(first.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("id", "name", "organisation", "created", "disabled");
        assertThat(first.get("id").asText()).isEqualTo(id(wang));
        assertThat(first.get("organisation").asText()).isEqualTo("深圳市法律援助中心");
        assertThat(java.time.Instant.parse(first.get("created").asText())).isNotNull();
        assertThat(first.get("disabled").isNull()).isTrue();
        assertThat(accounts.get(1).get("id").asText()).isEqualTo(id(li));
    }

    @Test
    void resetPasswordPrintsANewPasswordOnceAndDisableStopsTheAccount() throws Exception {
        CommandRun added = CommandRun.of("counselor", "add", "--name", "王老师", "--org", "深圳市法律援助中心");
        String id = id(added);
        assertThat(CommandRun.of("handoff", "create", "--counselor", id, "--flow", "complain").code()).isZero();

        CommandRun reset = CommandRun.of("counselor", "reset-password", "--id", id);
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.lines().get(0)).isEqualTo("id:       " + id);
        assertThat(reset.lines().get(1)).matches("password: [A-Za-z0-9_-]{20}").isNotEqualTo(added.lines().get(1));
        assertThat(reset.lines().get(2)).contains("shown once");

        CommandRun disabled = CommandRun.of("counselor", "disable", "--id", id);
        assertThat(disabled.code()).as(disabled.err()).isZero();
        assertThat(disabled.out()).isEqualTo("disabled: " + id + " (links withdrawn: 1)\n");
        assertThat(list()).singleElement().satisfies(c -> assertThat(c.get("disabled").asText()).endsWith("Z"));
        CommandRun again = CommandRun.of("counselor", "disable", "--id", id);
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("already disabled: " + id);

        // A disabled account gets no new password and no new links.
        CommandRun noReset = CommandRun.of("counselor", "reset-password", "--id", id);
        assertThat(noReset.code()).isEqualTo(2);
        assertThat(noReset.err()).contains("counselor '" + id + "' is disabled");
        assertThat(noReset.out()).doesNotContain("password");
        CommandRun noLink = CommandRun.of("handoff", "create", "--counselor", id, "--flow", "complain");
        assertThat(noLink.code()).isEqualTo(2);
        assertThat(noLink.err()).contains("is disabled");
    }

    @Test
    void anUnknownIdIsRefusedWithTheReason() {
        for (String command : List.of("reset-password", "disable")) {
            CommandRun run = CommandRun.of("counselor", command, "--id", "nobody");
            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("no counselor with id 'nobody'");
            assertThat(run.out()).as(command).isEmpty();
        }
    }
}
