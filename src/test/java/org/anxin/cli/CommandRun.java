package org.anxin.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and keeps what it printed, as a user at a terminal would see it. */
public record CommandRun(int code, String out, String err) {

    /**
     * Standard output and error for the whole test JVM, set once: what a command's thread (and the threads it starts)
     * writes goes to its run's buffers, what any other thread writes to the console as before. Test classes run side
     * by side, so a test beside a command may print or log while it runs; that must not land in the command's output.
     */
    private static final InheritableThreadLocal<Capture> CAPTURE = new InheritableThreadLocal<>();

    static {
        PrintStream consoleOut = System.out;
        PrintStream consoleErr = System.err;
        System.setOut(new PrintStream(new Routed(consoleOut, false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Routed(consoleErr, true), true, StandardCharsets.UTF_8));
    }

    public static CommandRun of(String... args) {
        return withInput(null, args);
    }

    /** The same, with {@code input} as standard input (null leaves standard input as it is). */
    public static synchronized CommandRun withInput(String input, String... args) {
        InputStream oldIn = System.in;
        Capture capture = new Capture(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        try {
            if (input != null) {
                System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            }
            CAPTURE.set(capture);
            int code = AnxinCommand.execute(args);
            return new CommandRun(code, capture.out().toString(StandardCharsets.UTF_8),
                    capture.err().toString(StandardCharsets.UTF_8));
        } finally {
            CAPTURE.remove();
            System.setIn(oldIn);
        }
    }

    public List<String> lines() {
        return out.lines().toList();
    }

    private record Capture(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    }

    /** Writes to the capture of the writing thread's command, or to the console when it runs none. */
    private static final class Routed extends OutputStream {

        private final PrintStream console;
        private final boolean error;

        Routed(PrintStream console, boolean error) {
            this.console = console;
            this.error = error;
        }

        private OutputStream target() {
            Capture capture = CAPTURE.get();
            return capture == null ? console : error ? capture.err() : capture.out();
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() {
            console.flush();
        }
    }
}
