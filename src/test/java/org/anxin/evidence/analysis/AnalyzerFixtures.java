package org.anxin.evidence.analysis;

import java.nio.file.Path;
import java.util.List;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.understanding.BgeEncoder;
import org.anxin.understanding.ModelUnderstanding;
import org.anxin.understanding.TextClassifier;
import org.anxin.understanding.Thresholds;
import org.anxin.understanding.UnderstandingContent;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.SourceFile;

/** The analyzer as the real dialogs folder defines it. */
final class AnalyzerFixtures {

    private static AnalyzerRules rules;
    private static ModelUnderstanding model;

    private AnalyzerFixtures() {
    }

    static synchronized AnalyzerRules rules() {
        if (rules == null) {
            List<SourceFile> files = DialogFolder.read(Path.of("dialogs"));
            AnalyzerRulesLoader.Loaded loaded = AnalyzerRulesLoader.load(files,
                    DialogLoader.load(files).dialogs().facts().keySet());
            if (!loaded.valid()) {
                throw new IllegalStateException("analyzer rules: " + loaded.problems());
            }
            rules = loaded.rules();
        }
        return rules;
    }

    static Analyzer analyzer() {
        return new Analyzer(rules());
    }

    /** The analyzer as the server runs it: the rules, and the language model's second opinion. */
    static synchronized Analyzer withModel() {
        if (model == null) {
            UnderstandingContent content = ShippedDialogs.checked().understanding();
            model = new ModelUnderstanding(content, BgeEncoder.shared(), TextClassifier.Method.NEAREST, Thresholds.DEFAULTS);
        }
        return new Analyzer(rules(), model::abusive);
    }
}
