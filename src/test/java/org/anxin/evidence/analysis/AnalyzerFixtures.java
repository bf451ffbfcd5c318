package org.anxin.evidence.analysis;

import java.nio.file.Path;
import java.util.List;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.SourceFile;

/** The analyzer as the real dialogs folder defines it. */
final class AnalyzerFixtures {

    private static AnalyzerRules rules;

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
}
