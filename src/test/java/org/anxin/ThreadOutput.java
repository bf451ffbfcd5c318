package org.anxin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error for the whole test JVM, set once before any test runs ({@link TestFolders}): what a
 * thread running a {@link Capture} (and the threads it starts meanwhile) writes goes to that capture, what any other
 * thread writes to the console as before. Test classes run side by side, so a test beside a command may print or
 * log while the command runs; that must not land in the command's output. Reports that must reach no test's capture
 * of all output (Spring's {@code OutputCaptureExtension}), such as the quality measurements', go to {@link #console}.
 */
public final class ThreadOutput {

    private static final InheritableThreadLocal<Capture> CAPTURE = new InheritableThreadLocal<>();
    private static PrintStream console;

    private ThreadOutput() {
    }

    /** Routes standard output and error by thread from now on; a second call changes nothing. */
    public static synchronized void install() {
        if (console != null) {
            return;
        }
        console = System.out;
        PrintStream consoleErr = System.err;
        System.setOut(new PrintStream(new Routed(console, false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Routed(consoleErr, true), true, StandardCharsets.UTF_8));
    }

    /** The JVM's standard output as it was before any test: what is printed here no capture sees. */
    public static synchronized PrintStream console() {
        install();
        return console;
    }

    /** Starts keeping what this thread, and the threads it starts until {@link Capture#close}, print. */
    public static Capture capture() {
        install();
        Capture capture = new Capture();
        CAPTURE.set(capture);
        return capture;
    }

    /** What a thread printed while it was kept; once closed, threads it started print to the console again. */
    public static final class Capture implements AutoCloseable {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private volatile boolean open = true;

        public String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        public String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            open = false;
            CAPTURE.remove();
        }
    }

    /** Writes to the capture of the writing thread, or to the console when it has none open. */
    private static final class Routed extends OutputStream {

        private final PrintStream console;
        private final boolean error;

        Routed(PrintStream console, boolean error) {
            this.console = console;
            this.error = error;
        }

        private OutputStream target() {
            Capture capture = CAPTURE.get();
            return capture == null || !capture.open ? console : error ? capture.err : capture.out;
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
