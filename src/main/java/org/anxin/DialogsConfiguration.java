package org.anxin;

import java.util.Map;
import java.util.stream.Collectors;
import org.anxin.dialog.Action;
import org.anxin.dialog.BuiltInActions;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.content.DialogFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the dialogs folder at start-up; the app refuses to start with an invalid one. */
@Configuration(proxyBeanMethods = false)
class DialogsConfiguration {

    @Bean
    DialogEngine dialogEngine(AnxinProperties properties) {
        Map<String, Action> actions = BuiltInActions.all();
        DialogFolder.Checked checked = DialogFolder.check(properties.dialogsDir(), actions);
        if (!checked.valid()) {
            throw new InvalidDialogsException(properties.dialogsDir().toString(), checked.problems().stream()
                    .map(Object::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
        }
        return new DialogEngine(checked.loaded().dialogs(), actions);
    }

    /** Says, in the start-up failure report, which dialogs are wrong and where. */
    static final class InvalidDialogsException extends IllegalStateException {
        InvalidDialogsException(String dir, String problems) {
            super("The dialogs folder " + dir + " is not valid:" + problems);
        }
    }
}
