package org.anxin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Action;
import org.anxin.dialog.BuiltInActions;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.DialogValidator;
import org.anxin.dialog.content.LoadedDialogs;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.anxin.evidence.LockerActions;
import org.anxin.evidence.analysis.AnalyzeActions;
import org.anxin.evidence.analysis.AnalyzerRulesLoader;

/**
 * A dialogs folder with everything its flows may use: the built-in actions, the evidence locker's, and those made
 * from the folder's own content (the analyzer's rules in {@code analyzer/}), checked together. The server, {@code dialogs check} and the
 * transcript tests all read a folder this way, so they agree on what is valid.
 */
public final class DialogsContent {

    private DialogsContent() {
    }

    /** A folder as read and checked, with the actions its flows run. */
    public record Checked(LoadedDialogs loaded, Map<String, Action> actions, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public DialogEngine engine() {
            return new DialogEngine(loaded.dialogs(), actions);
        }
    }

    /** Reads and checks {@code dir}; throws {@link IllegalArgumentException} when there is no such folder. */
    public static Checked check(Path dir) {
        List<SourceFile> files = DialogFolder.read(dir);
        LoadedDialogs loaded = DialogLoader.load(files);
        AnalyzerRulesLoader.Loaded analyzer = AnalyzerRulesLoader.load(files, loaded.dialogs().facts().keySet());
        Map<String, Action> actions = new HashMap<>(BuiltInActions.all());
        actions.putAll(LockerActions.all());
        actions.putAll(new AnalyzeActions(analyzer.rules()).all());
        List<Problem> problems = new ArrayList<>(DialogValidator.validate(loaded, actions));
        if (problems.isEmpty()) {
            problems.addAll(analyzer.problems());
            problems.addAll(AnalyzeActions.missingMessages(loaded.dialogs()));
        }
        return new Checked(loaded, actions, List.copyOf(problems));
    }
}
