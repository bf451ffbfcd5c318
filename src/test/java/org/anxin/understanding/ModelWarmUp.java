package org.anxin.understanding;

import java.nio.file.Path;
import org.anxin.content.DialogsContent;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads the language model and reads the dialogs' examples once, before any test runs, so that tests which time a
 * reply (a WeChat customer-service message within seconds) measure the bot, not the model's first load. The server
 * does the same in the background at start, with health DOWN until it is done.
 */
public final class ModelWarmUp implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        UnderstandingContent content = DialogsContent.check(Path.of("dialogs")).understanding();
        ModelUnderstanding.train(content, BgeEncoder.shared().join(), TextClassifier.Method.NEAREST);
    }
}
