package org.anxin.dialog.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.dialog.Ask;
import org.anxin.dialog.Branch;
import org.anxin.dialog.Choice;
import org.anxin.dialog.Condition;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Fact;
import org.anxin.dialog.Form;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Messages;
import org.anxin.dialog.SlotType;
import org.anxin.dialog.SourceRef;
import org.anxin.dialog.Step;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Builds a {@link DialogSet} from the files of a dialogs folder: {@code flows/*.yaml} and
 * {@code messages/<locale>.yaml} (and {@code messages/<locale>/*.yaml}), the letters' forms ({@link LetterForms}),
 * and makes zh-Hant from zh-CN ({@link TraditionalContent}). What it cannot read it reports as problems and leaves
 * out; the {@link DialogValidator} then checks that the set hangs together.
 */
public final class DialogLoader {

    private static final Set<String> STEP_FIELDS = Set.of("say", "ask", "choices", "branch", "do", "next", "cite", "form", "picture",
            "command");
    private static final Set<String> ASK_FIELDS = Set.of("slot", "type", "min", "max", "reask", "quoted");
    private static final String MAIN_LOCALE = "zh-CN";

    private DialogLoader() {
    }

    public static LoadedDialogs load(List<SourceFile> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Flow> flows = new LinkedHashMap<>();
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        Map<String, Map<String, SourceRef>> messageLines = new LinkedHashMap<>();
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        for (SourceFile file : files) {
            if (file.path().startsWith("flows/") && file.path().endsWith(".yaml")) {
                Flow flow = readFlow(file, problems);
                if (flow != null && flows.containsKey(flow.id())) {
                    problems.add(new Problem(flow.at(), "duplicate id: flow '" + flow.id() + "' is also defined in "
                            + flows.get(flow.id()).at()));
                } else if (flow != null) {
                    flows.put(flow.id(), flow);
                }
            } else if (file.path().equals("letters/kinds.yaml")) {
                LetterForms.read(file, forms, problems);
            } else if (file.path().startsWith("knowledge/") && file.path().endsWith(".yaml")) {
                readFacts(file, facts, problems);
            } else if (file.path().startsWith("messages/") && file.path().endsWith(".yaml")) {
                // messages/<locale>.yaml, or messages/<locale>/<topic>.yaml for a capability's own sentences.
                String name = file.path().substring("messages/".length(), file.path().length() - ".yaml".length());
                String locale = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
                Map<String, String> texts = messages.computeIfAbsent(locale, l -> new LinkedHashMap<>());
                Map<String, SourceRef> lines = messageLines.computeIfAbsent(locale, l -> new LinkedHashMap<>());
                YamlNodes yaml = new YamlNodes(file.path(), problems);
                Node root = yaml.parse(file.text());
                if (root != null) {
                    // A file that does not parse is reported once, not again for every key it would have had.
                    flatten(yaml, root, "", texts, lines);
                }
            }
        }
        Map<String, String> convertedFrom = convertTraditional(messages, messageLines, facts, forms, problems);
        List<String> locales = messages.keySet().stream()
                .sorted(Comparator.comparing((String l) -> !l.equals(MAIN_LOCALE)).thenComparing(l -> l))
                .toList();
        if (locales.isEmpty()) {
            problems.add(new Problem(new SourceRef("messages/", 0), "no messages/<locale>.yaml file"));
            messages.put(MAIN_LOCALE, Map.of());
            locales = List.of(MAIN_LOCALE);
        }
        DialogSet set = new DialogSet(flows, new Messages(locales, messages, convertedFrom), facts, forms);
        return new LoadedDialogs(set, messageLines, problems);
    }

    /**
     * Adds zh-Hant, converted from zh-CN, to the messages, knowledge and letter fields; a problem where a folder
     * keeps zh-Hant messages of its own, which would fall out of step. Returns the converted locales and their
     * sources. A converted message is placed where its source is written, so that a problem in it points there.
     */
    private static Map<String, String> convertTraditional(Map<String, Map<String, String>> messages,
            Map<String, Map<String, SourceRef>> messageLines, Map<String, Fact> facts, Map<String, Form> forms,
            List<Problem> problems) {
        if (messages.containsKey(TraditionalContent.TO)) {
            problems.add(new Problem(messageLines.get(TraditionalContent.TO).values().stream().findFirst()
                    .orElse(new SourceRef("messages/" + TraditionalContent.TO, 0)), TraditionalContent.TO
                    + " is made from " + TraditionalContent.FROM + " when the folder is read: change messages/"
                    + TraditionalContent.FROM + " instead"));
            return Map.of();
        }
        if (!messages.containsKey(TraditionalContent.FROM)) {
            return Map.of();
        }
        messages.put(TraditionalContent.TO, TraditionalContent.messages(messages.get(TraditionalContent.FROM)));
        messageLines.put(TraditionalContent.TO, messageLines.get(TraditionalContent.FROM));
        facts.replaceAll((id, fact) -> TraditionalContent.fact(fact));
        forms.replaceAll((id, form) -> TraditionalContent.form(form));
        return Map.of(TraditionalContent.TO, TraditionalContent.FROM);
    }

    private static void flatten(YamlNodes yaml, Node node, String prefix, Map<String, String> texts,
            Map<String, SourceRef> lines) {
        for (var entry : yaml.entries(node, prefix.isEmpty() ? "messages" : "messages '" + prefix + "'")) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            String text = YamlNodes.scalar(entry.getValue());
            if (text != null) {
                if (texts.containsKey(key)) {
                    yaml.problem(entry.getValue(), "duplicate id: message '" + key + "'");
                }
                texts.put(key, text.strip());
                lines.put(key, yaml.at(entry.getValue()));
            } else {
                flatten(yaml, entry.getValue(), key, texts, lines);
            }
        }
    }

    /**
     * A knowledge file maps entry ids to entries: {@code kind}; {@code title}, {@code text} and {@code source} (the
     * official title and article) per locale; an optional official {@code site}; {@code lender_types}; and
     * {@code review}: {@code note} (where a reviewer re-checks it) and {@code checked} (the day it was last read).
     */
    private static void readFacts(SourceFile file, Map<String, Fact> facts, List<Problem> problems) {
        YamlNodes yaml = new YamlNodes(file.path(), problems);
        Node root = yaml.parse(file.text());
        if (root == null) {
            return;
        }
        for (var entry : yaml.entries(root, "the knowledge file")) {
            var fields = yaml.entries(entry.getValue(), "entry '" + entry.getKey() + "'");
            if (facts.containsKey(entry.getKey())) {
                yaml.problem(entry.getValue(), "duplicate id: knowledge entry '" + entry.getKey() + "' is also defined in "
                        + facts.get(entry.getKey()).at());
                continue;
            }
            facts.put(entry.getKey(), new Fact(entry.getKey(), YamlNodes.scalar(yaml.get(fields, "kind")),
                    yaml.texts(yaml.get(fields, "title")), yaml.texts(yaml.get(fields, "text")),
                    yaml.scalars(yaml.get(fields, "lender_types"), "lender_types"),
                    yaml.texts(yaml.get(fields, "source")), YamlNodes.scalar(yaml.get(fields, "site")),
                    review(yaml, yaml.get(fields, "review")), yaml.atKey(entry.getValue())));
        }
    }

    private static Fact.Review review(YamlNodes yaml, Node node) {
        if (node == null) {
            return new Fact.Review(null, null);
        }
        var fields = yaml.entries(node, "review");
        return new Fact.Review(YamlNodes.scalar(yaml.get(fields, "note")), YamlNodes.scalar(yaml.get(fields, "checked")));
    }

    /** The field every letter has and no user is asked for. */
    public static final String DATED_FIELD = LetterForms.DATED_FIELD;

    private static Flow readFlow(SourceFile file, List<Problem> problems) {
        YamlNodes yaml = new YamlNodes(file.path(), problems);
        Node root = yaml.parse(file.text());
        if (root == null) {
            return null;
        }
        var fields = yaml.entries(root, "the flow");
        String id = YamlNodes.scalar(yaml.get(fields, "id"));
        String start = YamlNodes.scalar(yaml.get(fields, "start"));
        if (id == null || start == null) {
            yaml.problem(root, "a flow needs an 'id' and a 'start' step");
            return null;
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        Node stepsNode = yaml.get(fields, "steps");
        for (var entry : yaml.entries(stepsNode, "the steps of flow '" + id + "'")) {
            steps.put(entry.getKey(), readStep(yaml, entry.getKey(), entry.getValue()));
        }
        return new Flow(id, start, steps, "true".equals(YamlNodes.scalar(yaml.get(fields, "locker"))), yaml.at(root));
    }

    private static Step readStep(YamlNodes yaml, String id, Node node) {
        var fields = yaml.entries(node, "step '" + id + "'");
        fields.stream().filter(f -> !STEP_FIELDS.contains(f.getKey()))
                .forEach(f -> yaml.problem(f.getValue(), "step '" + id + "' has an unknown field '" + f.getKey()
                        + "' (known: " + String.join(", ", new java.util.TreeSet<>(STEP_FIELDS)) + ")"));
        List<Choice> choices = new ArrayList<>();
        for (Node item : yaml.items(yaml.get(fields, "choices"), "choices")) {
            var choice = yaml.entries(item, "a choice");
            choices.add(new Choice(YamlNodes.scalar(yaml.get(choice, "label")), YamlNodes.scalar(yaml.get(choice, "goto")),
                    YamlNodes.scalar(yaml.get(choice, "value")), yaml.texts(yaml.get(choice, "set")), yaml.at(item)));
        }
        List<Branch> branches = new ArrayList<>();
        for (Node item : yaml.items(yaml.get(fields, "branch"), "branch")) {
            var branch = yaml.entries(item, "a branch");
            Node elseTarget = yaml.get(branch, "else");
            if (elseTarget != null) {
                branches.add(new Branch(null, YamlNodes.scalar(elseTarget), yaml.at(item)));
            } else {
                branches.add(new Branch(readCondition(yaml, yaml.get(branch, "if")),
                        YamlNodes.scalar(yaml.get(branch, "goto")), yaml.at(item)));
            }
        }
        return new Step(id, yaml.scalars(yaml.get(fields, "say"), "say"), readAsk(yaml, yaml.get(fields, "ask")),
                choices, branches, YamlNodes.scalar(yaml.get(fields, "do")), YamlNodes.scalar(yaml.get(fields, "next")),
                yaml.scalars(yaml.get(fields, "cite"), "cite"), YamlNodes.scalar(yaml.get(fields, "form")),
                YamlNodes.scalar(yaml.get(fields, "picture")), YamlNodes.scalar(yaml.get(fields, "command")), yaml.atKey(node));
    }

    private static Ask readAsk(YamlNodes yaml, Node node) {
        if (node == null) {
            return null;
        }
        var fields = yaml.entries(node, "ask");
        fields.stream().filter(f -> !ASK_FIELDS.contains(f.getKey()))
                .forEach(f -> yaml.problem(f.getValue(), "ask has an unknown field '" + f.getKey() + "'"));
        String typeName = YamlNodes.scalar(yaml.get(fields, "type"));
        SlotType type = typeName == null ? SlotType.TEXT : SlotType.fromYaml(typeName);
        if (type == null) {
            yaml.problem(node, "unknown slot type '" + typeName + "' (text, number, money, date, datetime, yesno, choice, phone)");
            type = SlotType.TEXT;
        }
        String slot = YamlNodes.scalar(yaml.get(fields, "slot"));
        if (slot == null) {
            yaml.problem(node, "ask needs a 'slot' to keep the answer in");
        }
        return new Ask(slot, type, number(yaml, yaml.get(fields, "min")), number(yaml, yaml.get(fields, "max")),
                YamlNodes.scalar(yaml.get(fields, "reask")), "true".equals(YamlNodes.scalar(yaml.get(fields, "quoted"))),
                yaml.at(node));
    }

    private static Long number(YamlNodes yaml, Node node) {
        String value = YamlNodes.scalar(node);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            yaml.problem(node, "'" + value + "' is not a whole number");
            return null;
        }
    }

    private static Condition readCondition(YamlNodes yaml, Node node) {
        var fields = yaml.entries(node, "a condition");
        String slot = YamlNodes.scalar(yaml.get(fields, "slot"));
        for (var field : fields) {
            List<String> values = yaml.scalars(field.getValue(), "a condition");
            Condition.Op op = switch (field.getKey()) {
                case "is" -> Condition.Op.IS;
                case "in" -> Condition.Op.IN;
                case "above" -> Condition.Op.ABOVE;
                case "below" -> Condition.Op.BELOW;
                case "set" -> "false".equals(YamlNodes.scalar(field.getValue())) ? Condition.Op.UNSET : Condition.Op.SET;
                default -> null;
            };
            if (op != null && slot != null) {
                return new Condition(slot, op, values);
            }
        }
        yaml.problem(node, "a condition needs 'slot' and one of is, in, set, above, below");
        return new Condition(slot == null ? "" : slot, Condition.Op.SET, List.of());
    }
}
