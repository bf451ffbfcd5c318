package org.anxin.cli;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat}: a conversation at the terminal, in-process, on a store of its own, its files in a folder of its own. */
@ProcessWide
class ChatCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    @BeforeEach
    void store() {
        System.setProperty("anxin.data-dir", data.toString());
    }

    @AfterEach
    void forget() {
        System.clearProperty("anxin.data-dir");
    }

    @Test
    void myDataIsSavedAsAPdfSummaryAndAsTheWholeRecordAndTheChatSaysWhere() throws Exception {
        CommandRun run = CommandRun.withInput(String.join("\n", "/start negotiate", "1", "3万5", "我的数据") + "\n",
                "chat", "--json", "--user", "terminal-mydata", "--files", files.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode last = new ObjectMapper().readTree(run.lines().get(run.lines().size() - 1));
        JsonNode saved = null;
        for (JsonNode reply : last.get("replies")) {
            saved = reply.has("files") ? reply.get("files") : saved;
        }
        assertThat(saved).as(run.out()).isNotNull().hasSize(2);
        Path pdf = Path.of(saved.get(0).asText());
        Path json = Path.of(saved.get(1).asText());
        assertThat(pdf.getParent()).isEqualTo(files);
        assertThat(pdf.getFileName().toString()).as("the summary first").startsWith("anxin-my-data").endsWith(".pdf");
        assertThat(json.getFileName().toString()).startsWith("anxin-my-data").endsWith(".json");

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("欠款金额：35000", "删除我的数据");
        }
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("35000");
    }
}
