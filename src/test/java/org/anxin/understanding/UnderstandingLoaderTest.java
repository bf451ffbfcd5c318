package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.junit.jupiter.api.Test;

/** What typed words may mean is content: a need that leads nowhere or lacks words is reported with its file and line. */
class UnderstandingLoaderTest {

    private final List<SourceFile> real = DialogFolder.read(Path.of("dialogs"));
    private final DialogSet dialogs = DialogLoader.load(real).dialogs();

    private List<String> problems(String path, String yaml) {
        List<SourceFile> files = new ArrayList<>(real.stream().filter(f -> !f.path().equals(path)).toList());
        files.add(new SourceFile(path, yaml));
        return UnderstandingLoader.load(files, dialogs).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theRealContentLoadsCleanlyWithExamplesForEveryNeedInEveryLocale() {
        UnderstandingLoader.Loaded loaded = UnderstandingLoader.load(real, dialogs);
        assertThat(loaded.problems()).isEmpty();
        UnderstandingContent content = loaded.content();
        assertThat(content.intents()).containsKeys("negotiate", "family", "complain", "urgent").doesNotContainKey("none");
        for (String intent : content.intents().keySet()) {
            for (String locale : List.of("zh-CN", "en")) {
                assertThat(content.intentExamples()).as(intent + " in " + locale)
                        .anyMatch(e -> e.label().equals(intent) && e.locale().equals(locale));
            }
        }
        assertThat(content.distressExamples()).extracting(Example::label).contains("self_harm", "danger", "none");
        assertThat(content.collectionExamples()).extracting(Example::label).contains("abusive", "lawful");
    }

    @Test
    void aNeedThatLeadsNowhereOrHasNoButtonLabelIsReported() {
        List<String> problems = problems("understanding/intents.yaml", """
                intents:
                  lost:
                    goto: "nowhere:"
                    label: start.choice.calm
                    examples: { zh-CN: ["嗯"], en: ["hm"] }
                  unnamed:
                    goto: "calm:"
                    label: no.such.key
                    examples: { zh-CN: ["嗯"] }
                """);
        assertThat(problems).anyMatch(p -> p.startsWith("understanding/intents.yaml:3:") && p.contains("goto 'nowhere:'"));
        assertThat(problems).anyMatch(p -> p.contains("label 'no.such.key' is missing in messages/zh-CN"));
        assertThat(problems).anyMatch(p -> p.contains("'unnamed' has no examples in en"));
    }

    @Test
    void anUnknownDistressLabelIsReported() {
        List<String> problems = problems("understanding/distress.yaml", """
                self_harm: { zh-CN: ["不想活了"], en: ["I want to die"] }
                sadness: { zh-CN: ["难过"], en: ["sad"] }
                """);
        assertThat(problems).anyMatch(p -> p.startsWith("understanding/distress.yaml:2:") && p.contains("unknown distress label 'sadness'"));
    }
}
