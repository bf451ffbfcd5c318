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
import org.anxin.evidence.analysis.SecondOpinion;
import org.anxin.understanding.UnderstandingContent;
import org.anxin.understanding.UnderstandingLoader;

/**
 * A dialogs folder with everything its flows may use: the built-in actions, the evidence locker's, and those made
 * from the folder's own content (the analyzer's rules in {@code analyzer/}), and what typed words may mean
 * ({@code understanding/}), checked together. The server, {@code dialogs check} and the
 * transcript tests all read a folder this way, so they agree on what is valid.
 */
public final class DialogsContent {

    private DialogsContent() {
    }

    /** A folder as read and checked, with the actions its flows run. */
    public record Checked(LoadedDialogs loaded, Map<String, Action> actions, UnderstandingContent understanding,
            List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public DialogEngine engine() {
            return new DialogEngine(loaded.dialogs(), actions, understanding.intents());
        }
    }

    /** Reads and checks {@code dir}; throws {@link IllegalArgumentException} when there is no such folder. */
    public static Checked check(Path dir) {
        return check(dir, SecondOpinion.NONE);
    }

    /** The same, with a second opinion for the analyzer beside its rules (the language model, in the server). */
    public static Checked check(Path dir, SecondOpinion secondOpinion) {
        List<SourceFile> files = DialogFolder.read(dir);
        LoadedDialogs loaded = DialogLoader.load(files);
        AnalyzerRulesLoader.Loaded analyzer = AnalyzerRulesLoader.load(files, loaded.dialogs().facts().keySet());
        Map<String, Action> actions = new HashMap<>(BuiltInActions.all());
        actions.putAll(LockerActions.all());
        actions.putAll(new AnalyzeActions(analyzer.rules(), secondOpinion).all());
        List<Problem> problems = new ArrayList<>(DialogValidator.validate(loaded, actions));
        UnderstandingLoader.Loaded understanding = UnderstandingLoader.load(files, loaded.dialogs());
        if (problems.isEmpty()) {
            problems.addAll(analyzer.problems());
            problems.addAll(AnalyzeActions.missingMessages(loaded.dialogs()));
            problems.addAll(understanding.problems());
        }
        return new Checked(loaded, actions, understanding.content(), List.copyOf(problems));
    }
}
