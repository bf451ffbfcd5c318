package org.anxin.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anxin.ThreadOutput;

/**
 * Runs the command line in this JVM and keeps what it printed, as a user at a terminal would see it: what the
 * command's thread prints, not what tests running beside it print meanwhile ({@link ThreadOutput}).
 */
public record CommandRun(int code, String out, String err) {

    public static CommandRun of(String... args) {
        return withInput(null, args);
    }

    /** The same, with {@code input} as standard input (null leaves standard input as it is). */
    public static synchronized CommandRun withInput(String input, String... args) {
        InputStream oldIn = System.in;
        try (ThreadOutput.Capture capture = ThreadOutput.capture()) {
            if (input != null) {
                System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            }
            int code = AnxinCommand.execute(args);
            return new CommandRun(code, capture.out(), capture.err());
        } finally {
            System.setIn(oldIn);
        }
    }

    public List<String> lines() {
        return out.lines().toList();
    }
}
