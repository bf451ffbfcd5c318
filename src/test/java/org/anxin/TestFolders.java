package org.anxin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Folders the tests need beyond one test method (a Spring context's data folder, a copy of the dialogs): all in one
 * folder per test JVM, deleted when the JVM ends, after the Spring contexts that write there are closed. A folder for
 * one test alone is JUnit's {@code @TempDir}.
 *
 * <p>Under Maven the JVM's temporary folder is {@code target/test-tmp} (see the surefire configuration), so what
 * libraries leave behind (Tomcat's work folders, native libraries unpacked by SQLite and ONNX Runtime) stays out of
 * {@code /tmp} as well; this listener creates that folder before any test runs.
 */
public final class TestFolders implements LauncherSessionListener {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static Path root;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Before any test class runs, so that no capture of all output (OutputCaptureExtension) is in place yet.
        ThreadOutput.install();
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty folder whose name starts with {@code prefix}, deleted when the test JVM ends. */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(root(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes this context before the folders are deleted, so that nothing writes to them afterwards. */
    static void closeBeforeDeleting(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    private static synchronized Path root() throws IOException {
        if (root == null) {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            root = Files.createTempDirectory(tmp, "anxin-tests-");
            Runtime.getRuntime().addShutdownHook(new Thread(TestFolders::deleteAll, "anxin-test-folders"));
        }
        return root;
    }

    private static void deleteAll() {
        // Spring's own shutdown hooks may be closing the same contexts now: close() waits for them and is idempotent.
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        try {
            FileSystemUtils.deleteRecursively(root);
        } catch (IOException e) {
            System.err.println("could not delete the test folders in " + root + ": " + e);
        }
    }
}
