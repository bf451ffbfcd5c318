package org.anxin.evidence.analysis;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.anxin.dialog.SourceRef;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.anxin.dialog.content.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code analyzer/*.yaml} of a dialogs folder. A file has {@code labels:} (each with {@code kind: abusive|lawful},
 * {@code cite:}, {@code phrases:}, optional {@code unless:} and {@code needs:}, or for {@code OFF_HOURS} {@code hours: {from, to}}) and
 * optionally {@code negation: {words, resume}}. Every problem names its file and line, as the dialogs check does: an
 * unknown label, one defined twice or not at all, a phrase that is not a valid regular expression, a citation of a
 * knowledge entry that does not exist.
 */
public final class AnalyzerRulesLoader {

    private static final String FOLDER = "analyzer/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private AnalyzerRulesLoader() {
    }

    /** The rules, and what is wrong with them. */
    public record Loaded(AnalyzerRules rules, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads the analyzer's files among a folder's; {@code facts} are the knowledge ids that may be cited. */
    public static Loaded load(List<SourceFile> files, Set<String> facts) {
        List<Problem> problems = new ArrayList<>();
        Map<String, LabelRule> labels = new LinkedHashMap<>();
        List<Pattern> negations = new ArrayList<>();
        List<Pattern> resumptions = new ArrayList<>();
        boolean any = false;
        for (SourceFile file : files) {
            if (!file.path().startsWith(FOLDER) || !file.path().endsWith(".yaml")) {
                continue;
            }
            any = true;
            YamlNodes yaml = new YamlNodes(file.path(), problems);
            Node root = yaml.parse(file.text());
            if (root == null) {
                continue;
            }
            var top = yaml.entries(root, "the analyzer file");
            Node negation = yaml.get(top, "negation");
            if (negation != null) {
                var fields = yaml.entries(negation, "negation");
                negations.addAll(patterns(yaml, yaml.get(fields, "words"), "negation words"));
                resumptions.addAll(patterns(yaml, yaml.get(fields, "resume"), "negation resume"));
            }
            for (var entry : yaml.entries(yaml.get(top, "labels"), "labels")) {
                LabelRule label = label(yaml, entry.getKey(), entry.getValue(), facts);
                if (label == null) {
                    continue;
                }
                if (labels.containsKey(label.name())) {
                    yaml.problem(entry.getValue(), "duplicate id: analyzer label '" + label.name() + "'");
                } else {
                    labels.put(label.name(), label);
                }
            }
        }
        if (!any) {
            problems.add(new Problem(new SourceRef(FOLDER, 0), "no analyzer rules (analyzer/*.yaml)"));
        } else {
            for (String name : contract()) {
                if (!labels.containsKey(name)) {
                    problems.add(new Problem(new SourceRef(FOLDER, 0), "analyzer label " + name + " is not defined"));
                }
            }
        }
        return new Loaded(new AnalyzerRules(List.copyOf(labels.values()), negations, resumptions), problems);
    }

    private static List<String> contract() {
        List<String> all = new ArrayList<>(AnalyzerRules.ABUSIVE);
        all.addAll(AnalyzerRules.LAWFUL);
        return all;
    }

    private static LabelRule label(YamlNodes yaml, String name, Node node, Set<String> facts) {
        var fields = yaml.entries(node, "label '" + name + "'");
        if (!contract().contains(name)) {
            yaml.problem(node, "unknown analyzer label '" + name + "' (labels: " + String.join(", ", contract()) + ")");
            return null;
        }
        String kind = YamlNodes.scalar(yaml.get(fields, "kind"));
        boolean abusive = AnalyzerRules.ABUSIVE.contains(name);
        if (!(abusive ? "abusive" : "lawful").equals(kind)) {
            yaml.problem(node, "label '" + name + "' should have kind: " + (abusive ? "abusive" : "lawful"));
        }
        List<String> cite = yaml.scalars(yaml.get(fields, "cite"), "cite");
        if (abusive && cite.isEmpty()) {
            yaml.problem(node, "label '" + name + "' cites no knowledge entry (cite:)");
        }
        for (String id : cite) {
            if (!facts.contains(id)) {
                yaml.problem(yaml.get(fields, "cite"), "label '" + name + "' cites knowledge entry '" + id
                        + "', which does not exist");
            }
        }
        LabelRule.Hours hours = hours(yaml, yaml.get(fields, "hours"));
        List<Pattern> phrases = patterns(yaml, yaml.get(fields, "phrases"), "phrases");
        if (phrases.isEmpty() && hours == null) {
            yaml.problem(node, "label '" + name + "' has no phrases (or hours)");
        }
        return new LabelRule(name, abusive, cite, phrases, patterns(yaml, yaml.get(fields, "unless"), "unless"),
                patterns(yaml, yaml.get(fields, "needs"), "needs"), hours);
    }

    private static LabelRule.Hours hours(YamlNodes yaml, Node node) {
        if (node == null) {
            return null;
        }
        var fields = yaml.entries(node, "hours");
        try {
            return new LabelRule.Hours(LocalTime.parse(String.valueOf(YamlNodes.scalar(yaml.get(fields, "from")))),
                    LocalTime.parse(String.valueOf(YamlNodes.scalar(yaml.get(fields, "to")))));
        } catch (DateTimeParseException e) {
            yaml.problem(node, "hours should be {from: \"22:00\", to: \"08:00\"}");
            return null;
        }
    }

    private static List<Pattern> patterns(YamlNodes yaml, Node node, String what) {
        List<Pattern> patterns = new ArrayList<>();
        for (Node item : yaml.items(node, what)) {
            String text = YamlNodes.scalar(item);
            if (text == null || text.isBlank()) {
                yaml.problem(item, what + " should list phrases (regular expressions)");
                continue;
            }
            try {
                patterns.add(Pattern.compile(text, FLAGS));
            } catch (PatternSyntaxException e) {
                yaml.problem(item, "not a valid regular expression in " + what + ": " + e.getDescription());
            }
        }
        return patterns;
    }
}
