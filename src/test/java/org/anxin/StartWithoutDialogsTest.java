package org.anxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server started outside the project folder says in one line what is missing, instead of a stack trace. */
class StartWithoutDialogsTest {

    @Test
    void startingWhereThereIsNoDialogsFolderSaysSoInOneLine(@TempDir Path elsewhere) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                "org.anxin.cli.Main")).directory(elsewhere.toFile());
        builder.environment().remove("ANXIN_DIALOGS_DIR");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("it stops at once").isTrue();
        String err = read(process.getErrorStream());
        String out = read(process.getInputStream());

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("no dialogs folder at", "ANXIN_DIALOGS_DIR").doesNotContain("Exception");
        assertThat(out).isEmpty();
    }

    private static String read(java.io.InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
