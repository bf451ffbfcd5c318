package org.anxin.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Intent;
import org.anxin.dialog.SourceRef;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.anxin.dialog.content.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code understanding/intents.yaml} ({@code intents:} by id, each with {@code goto}, {@code label} and
 * {@code examples} per locale) and {@code understanding/distress.yaml} (examples per locale under {@code self_harm},
 * {@code danger} and {@code none}, and {@code none_also_from}: the intents whose examples are also examples of
 * {@code none}). Every problem names its file and line: a goto to a flow or step that does not
 * exist, a label that is not a message in every locale, a locale without examples, an unknown distress label.
 * The intent {@code none} has examples only: words that ask for nothing the bot offers (greetings, thanks).
 */
public final class UnderstandingLoader {

    static final String INTENTS = "understanding/intents.yaml";
    static final String DISTRESS = "understanding/distress.yaml";
    static final String COLLECTION = "understanding/collection.yaml";

    private UnderstandingLoader() {
    }

    /** The content, and what is wrong with it. */
    public record Loaded(UnderstandingContent content, List<Problem> problems) {
    }

    public static Loaded load(List<SourceFile> files, DialogSet dialogs) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Intent> intents = new LinkedHashMap<>();
        List<Example> intentExamples = new ArrayList<>();
        List<Example> distressExamples = new ArrayList<>();
        List<Example> collectionExamples = new ArrayList<>();
        Map<String, Node> alsoNone = new LinkedHashMap<>();
        YamlNodes distressYaml = null;
        for (SourceFile file : files) {
            if (file.path().equals(INTENTS)) {
                readIntents(file, dialogs, problems, intents, intentExamples);
            } else if (file.path().equals(DISTRESS)) {
                distressYaml = new YamlNodes(file.path(), problems);
                readDistress(distressYaml, file, dialogs, distressExamples, alsoNone);
            } else if (file.path().equals(COLLECTION)) {
                readCollection(file, problems, collectionExamples);
            }
        }
        for (var entry : alsoNone.entrySet()) {
            // Examples of a need are examples of words that show no distress.
            String id = entry.getKey();
            if (!intents.containsKey(id) && !id.equals(UnderstandingContent.NONE)) {
                distressYaml.problem(entry.getValue(), "none_also_from names '" + id + "', which is no intent");
            }
            intentExamples.stream().filter(e -> e.label().equals(id))
                    .forEach(e -> distressExamples.add(new Example(UnderstandingContent.NONE, e.locale(), e.text())));
        }
        return new Loaded(new UnderstandingContent(intents, intentExamples, distressExamples, collectionExamples), problems);
    }

    private static void readIntents(SourceFile file, DialogSet dialogs, List<Problem> problems, Map<String, Intent> intents,
            List<Example> examples) {
        YamlNodes yaml = new YamlNodes(file.path(), problems);
        Node root = yaml.parse(file.text());
        if (root == null) {
            return;
        }
        for (var entry : yaml.entries(yaml.get(yaml.entries(root, "the intents file"), "intents"), "intents")) {
            String id = entry.getKey();
            var fields = yaml.entries(entry.getValue(), "intent '" + id + "'");
            if (id.equals(UnderstandingContent.NONE)) {
                // Words that ask for nothing: examples only, so that greetings are not read as a need.
                readExamples(yaml, yaml.get(fields, "examples"), id, dialogs, examples);
                continue;
            }
            String target = YamlNodes.scalar(yaml.get(fields, "goto"));
            String label = YamlNodes.scalar(yaml.get(fields, "label"));
            SourceRef at = yaml.atKey(entry.getValue());
            if (target == null || !leadsSomewhere(dialogs, target)) {
                yaml.problem(entry.getValue(), "intent '" + id + "': goto '" + target + "' is no flow or step");
                continue;
            }
            for (String locale : dialogs.messages().locales()) {
                if (label == null || !dialogs.messages().has(locale, label)) {
                    yaml.problem(entry.getValue(), "intent '" + id + "': label '" + label + "' is missing in messages/" + locale);
                }
            }
            readExamples(yaml, yaml.get(fields, "examples"), id, dialogs, examples);
            intents.put(id, new Intent(id, target, label, at));
        }
    }

    private static void readDistress(YamlNodes yaml, SourceFile file, DialogSet dialogs, List<Example> examples,
            Map<String, Node> alsoNone) {
        Node root = yaml.parse(file.text());
        if (root == null) {
            return;
        }
        for (var entry : yaml.entries(root, "the distress file")) {
            if (entry.getKey().equals("none_also_from")) {
                for (Node item : yaml.items(entry.getValue(), "none_also_from")) {
                    alsoNone.put(YamlNodes.scalar(item), item);
                }
                continue;
            }
            if (!UnderstandingContent.DISTRESS_LABELS.contains(entry.getKey())) {
                yaml.problem(entry.getValue(), "unknown distress label '" + entry.getKey() + "' (labels: "
                        + String.join(", ", UnderstandingContent.DISTRESS_LABELS) + ")");
                continue;
            }
            readExamples(yaml, entry.getValue(), entry.getKey(), dialogs, examples);
        }
    }

    /** Collection messages under {@code abusive} and {@code lawful}, in any language. */
    private static void readCollection(SourceFile file, List<Problem> problems, List<Example> examples) {
        YamlNodes yaml = new YamlNodes(file.path(), problems);
        Node root = yaml.parse(file.text());
        if (root == null) {
            return;
        }
        for (var entry : yaml.entries(root, "the collection file")) {
            if (!List.of(UnderstandingContent.ABUSIVE, UnderstandingContent.LAWFUL).contains(entry.getKey())) {
                yaml.problem(entry.getValue(), "unknown kind '" + entry.getKey() + "' (kinds: abusive, lawful)");
                continue;
            }
            yaml.scalars(entry.getValue(), "examples").stream().filter(t -> !t.isBlank())
                    .forEach(t -> examples.add(new Example(entry.getKey(), "", t.strip())));
        }
    }

    private static void readExamples(YamlNodes yaml, Node node, String label, DialogSet dialogs, List<Example> examples) {
        if (node == null) {
            return;
        }
        Map<String, Node> byLocale = new LinkedHashMap<>();
        yaml.entries(node, "examples of '" + label + "'").forEach(e -> byLocale.put(e.getKey(), e.getValue()));
        // A converted locale (zh-Hant) is read as its source, so it has no examples of its own.
        for (String locale : dialogs.messages().writtenLocales()) {
            List<String> texts = byLocale.containsKey(locale) ? yaml.scalars(byLocale.get(locale), "examples") : List.of();
            if (texts.isEmpty()) {
                yaml.problem(node, "'" + label + "' has no examples in " + locale);
            }
            texts.stream().filter(t -> !t.isBlank()).forEach(t -> examples.add(new Example(label, locale, t.strip())));
        }
        byLocale.forEach((locale, n) -> {
            if (!dialogs.messages().writtenLocales().contains(locale)) {
                yaml.problem(n, "examples in '" + locale + "', a locale the messages do not have");
            }
        });
    }

    private static boolean leadsSomewhere(DialogSet dialogs, String target) {
        int colon = target.indexOf(':');
        Flow flow = colon < 0 ? null : dialogs.flow(target.substring(0, colon));
        String step = colon < 0 ? "" : target.substring(colon + 1);
        return flow != null && (step.isEmpty() || flow.step(step) != null);
    }
}
