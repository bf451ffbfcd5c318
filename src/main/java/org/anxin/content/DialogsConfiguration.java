package org.anxin.content;

import java.util.stream.Collectors;
import org.anxin.dialog.DialogEngine;
import org.anxin.settings.AnxinProperties;
import org.anxin.evidence.analysis.SecondOpinion;
import org.anxin.understanding.UnderstandingContent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the dialogs folder at start-up; the app refuses to start with an invalid one. */
@Configuration(proxyBeanMethods = false)
class DialogsConfiguration {

    @Bean
    DialogsContent.Checked dialogsContent(AnxinProperties properties, SecondOpinion secondOpinion) {
        DialogsContent.Checked checked = DialogsContent.check(properties.dialogsDir(), secondOpinion);
        if (!checked.valid()) {
            throw new InvalidDialogsException(properties.dialogsDir().toString(), checked.problems().stream()
                    .map(Object::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
        }
        return checked;
    }

    @Bean
    DialogEngine dialogEngine(DialogsContent.Checked content) {
        return content.engine();
    }

    @Bean
    UnderstandingContent understandingContent(DialogsContent.Checked content) {
        return content.understanding();
    }

    /** Says, in the start-up failure report, which dialogs are wrong and where. */
    static final class InvalidDialogsException extends IllegalStateException {
        InvalidDialogsException(String dir, String problems) {
            super("The dialogs folder " + dir + " is not valid:" + problems);
        }
    }
}
