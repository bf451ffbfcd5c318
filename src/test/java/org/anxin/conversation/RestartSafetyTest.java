package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anxin.understanding.ModelWarmUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process, killed with SIGKILL in the middle of a flow, and started again on the same data folder:
 * the conversation continues at the same question with the answers given before.
 */
@Tag("kill")
class RestartSafetyTest {

    @TempDir
    Path data;

    /** The terminal chat in JSON mode, as a separate JVM on this test's class path, with its input and output. */
    private record Chat(Process process, Writer in, BufferedReader out) {
        String send(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
            String reply = out.readLine();
            assertThat(reply).as("a reply to " + line).isNotNull();
            return reply;
        }
    }

    /** The examples' vectors where a server that ran here before would have left them: the model is ready sooner. */
    @BeforeEach
    void keptExampleVectors() {
        ModelWarmUp.handOverExampleVectors(data);
    }

    private Chat startChat() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A short-lived JVM starts faster with the quick compiler only and the simplest collector.
        Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Danxin.data-dir=" + data, "-Danxin.dialogs-dir=" + Path.of("dialogs").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.anxin.cli.Main", "chat", "--json", "--user", "borrower",
                "--files", data.resolve("files").toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new Chat(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    @Test
    void aConversationKilledMidFlowResumesAtTheSameStep() throws Exception {
        Chat chat = startChat();
        Process first = chat.process();
        try {
            // The first contact: the consent notice, then typing 1 agrees and the menu follows.
            assertThat(chat.send("你好")).contains("开始前说一声").doesNotContain("你现在最想先做哪一件事");
            assertThat(chat.send("1")).contains("你现在最想先做哪一件事").contains("\"at\":\"start:menu\"");
            // Typed words where a choice is expected are understood in the terminal too.
            assertThat(chat.send("催收打电话给我妈了")).contains("你是哪一位").contains("\"at\":\"family:who\"");
            assertThat(chat.send("返回")).contains("你现在最想先做哪一件事");
            assertThat(chat.send("3")).contains("欠这家放贷方大约多少钱");
            assertThat(chat.send("3万5")).contains("每个月大约能拿出多少");
        } finally {
            first.destroyForcibly();
        }
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(Files.exists(data.resolve("anxin.db"))).isTrue();

        Chat resumed = startChat();
        Process second = resumed.process();
        try {
            String reply = resumed.send("1500");
            assertThat(reply).contains("35000").contains("1500");
        } finally {
            second.destroyForcibly();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
