package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.junit.jupiter.api.Test;

/** A rules file an author got wrong is reported with its file and line, not run. */
class AnalyzerRulesLoaderTest {

    private static List<String> problems(String yaml, Set<String> facts) {
        return AnalyzerRulesLoader.load(List.of(new SourceFile("analyzer/rules.yaml", yaml)), facts).problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aBrokenRegularExpressionNamesItsLine() {
        List<String> problems = problems("""
                labels:
                  INSULT:
                    kind: abusive
                    cite: [rule.x]
                    phrases:
                      - 老赖
                      - (unclosed
                """, Set.of("rule.x"));
        assertThat(problems).anyMatch(p -> p.startsWith("analyzer/rules.yaml:7: not a valid regular expression"));
    }

    @Test
    void aMissingKnowledgeEntryAnUnknownLabelAndMissingLabelsAreReported() {
        List<String> problems = problems("""
                labels:
                  INSULT:
                    kind: abusive
                    cite: [rule.nowhere]
                    phrases: [老赖]
                  RUDENESS:
                    kind: abusive
                    cite: [rule.x]
                    phrases: [滚]
                """, Set.of("rule.x"));
        assertThat(problems).anyMatch(p -> p.contains("cites knowledge entry 'rule.nowhere', which does not exist"))
                .anyMatch(p -> p.contains("unknown analyzer label 'RUDENESS'"))
                .anyMatch(p -> p.contains("analyzer label THREAT is not defined"));
    }

    @Test
    void theRealRulesLoadCleanly() {
        assertThat(AnalyzerFixtures.rules().labels()).hasSize(15);
    }
}
