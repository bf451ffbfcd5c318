package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stable command line: JSON out, exit 0 on success, 1 naming the field on a bad answer, 2 on misuse. */
class LetterCommandTest {

    @TempDir
    Path tmp;

    @Test
    void kindsAndFieldsAreJson() {
        CommandRun kinds = CommandRun.of("letter", "kinds");
        assertThat(kinds.code()).isZero();
        assertThat(kinds.out()).startsWith("[{\"id\":\"lender-complaint\",\"title\":\"关于违规催收的投诉信\"");
        CommandRun fields = CommandRun.of("letter", "fields", "--kind", "negotiation-request", "--locale", "en");
        assertThat(fields.code()).isZero();
        assertThat(fields.out()).contains("{\"name\":\"owed_amount\",\"label\":\"The amount owed\",\"type\":\"money\",\"required\":true}");
        assertThat(CommandRun.of("letter", "fields", "--kind", "nope").code()).isEqualTo(2);
    }

    @Test
    void renderWritesEachFormat() throws IOException {
        LetterFixtures.requireFont();
        String answers = LetterFixtures.RESOURCES.resolve("evidence-list.json").toString();
        for (String format : new String[] {"text", "pdf", "docx"}) {
            Path out = tmp.resolve("letter." + format);
            CommandRun r = CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", answers, "--format", format, "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(tmp.resolve("letter.text"))).startsWith("证据清单\n");
        assertThat(Files.readAllBytes(tmp.resolve("letter.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aBadAnswerExitsOneNamingTheField() throws IOException {
        Path answers = tmp.resolve("a.json");
        Files.writeString(answers, "{\"evidence\": [\"录音\"], \"letter_date\": \"soon\"}");
        CommandRun r = CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", answers.toString(), "--format", "text",
                "--out", tmp.resolve("x.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("invalid answer: letter_date:").doesNotContain("\n");
        Files.writeString(answers, "{\"letter_date\": \"2026-11-22\"}");
        r = CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", answers.toString(), "--format", "text",
                "--out", tmp.resolve("x.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("invalid answer: evidence: required, but missing");
        Files.writeString(answers, "{\"evidence\": \"not a list\", \"letter_date\": \"2026-11-22\"}");
        assertThat(CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", answers.toString(), "--out", "-").code()).isEqualTo(1);
    }

    @Test
    void misuseExitsTwo() throws IOException {
        Path answers = tmp.resolve("bad.json");
        Files.writeString(answers, "{not json");
        assertThat(CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", answers.toString(), "--out", "-").code()).isEqualTo(2);
        String good = LetterFixtures.RESOURCES.resolve("evidence-list.json").toString();
        assertThat(CommandRun.of("letter", "render", "--kind", "nope", "--answers", good, "--out", "-").code()).isEqualTo(2);
        assertThat(CommandRun.of("letter", "render", "--kind", "evidence-list", "--answers", good, "--format", "rtf", "--out", "-").code()).isEqualTo(2);
        assertThat(CommandRun.of("letter", "render", "--kind", "regulator-complaint", "--answers", good, "--locale", "en", "--out", "-").code()).isEqualTo(2);
    }
}
