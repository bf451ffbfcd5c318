package org.anxin.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.anxin.content.ShippedDialogs;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads the language model and reads the dialogs' examples once, before any test runs, so that tests which time a
 * reply (a WeChat customer-service message within seconds) measure the bot, not the model's first load. The server
 * does the same in the background at start, with health DOWN until it is done. The examples' vectors are kept as the
 * server keeps them, in the JVM's temporary folder ({@code target/test-tmp}, until {@code mvn clean}): the next run
 * encodes only the examples that changed, and a test that starts the app in another JVM can hand them over.
 */
public final class ModelWarmUp implements LauncherSessionListener {

    private static final Path KEPT = Path.of(System.getProperty("java.io.tmpdir"));

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        UnderstandingContent content = ShippedDialogs.checked().understanding();
        ModelUnderstanding.train(content, BgeEncoder.shared().join(), TextClassifier.Method.NEAREST,
                ExampleVectorFile.inFolder(KEPT, null));
    }

    /** Puts the examples' vectors in a data folder, as a server that started there before would have left them. */
    public static void handOverExampleVectors(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Files.copy(KEPT.resolve(ExampleVectorFile.NAME), dataDir.resolve(ExampleVectorFile.NAME),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
