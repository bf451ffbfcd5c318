package org.anxin.dialog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.SourceRef;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML as SnakeYAML's node tree rather than as plain maps, because the nodes keep their line numbers and
 * their duplicate keys, both of which the validator reports. Public for other content in the folder (the
 * analyzer's rules), so that its problems read the same.
 */
public final class YamlNodes {

    private final String file;
    private final List<Problem> problems;
    /** For each mapping value, the key that names it: problems about a step point at the step's id line. */
    private final Map<Node, Node> keyOf = new java.util.IdentityHashMap<>();

    public YamlNodes(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root node, or null (with a problem) when the YAML does not parse. */
    public Node parse(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(4 * 1024 * 1024);
            return new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(new SourceRef(file, line), "not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            problems.add(new Problem(new SourceRef(file, 1), "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    public SourceRef at(Node node) {
        return new SourceRef(file, node == null ? 1 : node.getStartMark().getLine() + 1);
    }

    /** The line of the key that names this value, or of the value itself when it has no key. */
    public SourceRef atKey(Node value) {
        return at(keyOf.getOrDefault(value, value));
    }

    public void problem(Node node, String message) {
        problems.add(new Problem(at(node), message));
    }

    /** A mapping's entries in file order; a repeated key is reported and its later value dropped. */
    public List<Map.Entry<String, Node>> entries(Node node, String what) {
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " should be a mapping of names to values");
            return entries;
        }
        for (var tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (key == null) {
                problem(tuple.getKeyNode(), what + " has a key that is not a plain name");
            } else if (entries.stream().anyMatch(e -> e.getKey().equals(key))) {
                problem(tuple.getKeyNode(), "duplicate id '" + key + "' in " + what);
            } else {
                entries.add(Map.entry(key, tuple.getValueNode()));
                keyOf.put(tuple.getValueNode(), tuple.getKeyNode());
            }
        }
        return entries;
    }

    public Node get(List<Map.Entry<String, Node>> entries, String key) {
        return entries.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** A single scalar or a list of scalars, as a list. */
    public List<String> scalars(Node node, String what) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node instanceof ScalarNode s) {
            values.add(s.getValue());
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String value = scalar(item);
                if (value == null) {
                    problem(item, what + " should list plain values");
                } else {
                    values.add(value);
                }
            }
        } else {
            problem(node, what + " should be a value or a list of values");
        }
        return values;
    }

    public List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, what + " should be a list");
        return List.of();
    }

    /** A mapping of names to plain values: texts per locale, or the slots a choice sets; empty for null. */
    public Map<String, String> texts(Node node) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (node != null) {
            for (var entry : entries(node, "a mapping of names to values")) {
                String text = scalar(entry.getValue());
                if (text != null) {
                    texts.put(entry.getKey(), text.strip());
                }
            }
        }
        return texts;
    }
}
