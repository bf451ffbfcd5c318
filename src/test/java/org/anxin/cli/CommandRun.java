package org.anxin.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and keeps what it printed, as a user at a terminal would see it. */
public record CommandRun(int code, String out, String err) {

    public static CommandRun of(String... args) {
        return withInput(null, args);
    }

    /** The same, with {@code input} as standard input (null leaves standard input as it is). */
    public static synchronized CommandRun withInput(String input, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            if (input != null) {
                System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            }
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AnxinCommand.execute(args);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public List<String> lines() {
        return out.lines().toList();
    }
}
