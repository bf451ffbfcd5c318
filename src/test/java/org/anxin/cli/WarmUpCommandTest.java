package org.anxin.cli;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The image's training run as its build runs it: the server holds its conversation, stops, and leaves the examples'
 * vectors where the image ships them, readable by the server's own user.
 */
@ProcessWide
class WarmUpCommandTest {

    @TempDir
    Path image;

    @Test
    void theTrainingRunConversesAndKeepsTheVectorsForTheImage() throws Exception {
        Path vectors = image.resolve("example-vectors.bin");

        int exit = new CommandLine(new WarmUpCommand()).execute("--vectors", vectors.toString());

        assertThat(exit).isZero();
        assertThat(Files.size(vectors)).as("thousands of examples' vectors").isGreaterThan(1_000_000);
        assertThat(Files.getPosixFilePermissions(vectors)).contains(PosixFilePermission.OTHERS_READ);
    }
}
