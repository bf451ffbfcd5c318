package org.anxin.dialog.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Form;
import org.anxin.dialog.SlotType;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The chat's view of the letter kinds ({@code letters/kinds.yaml}): for each kind, the fields a user answers, as a
 * {@link Form}. A field keeps its answer in {@code letter.<name>} unless it names a journey slot
 * ({@code slot: plan.owed}), so that what the user told the bot before is not asked again. {@code letter_date} is
 * not asked: the letter is dated the day it is made.
 */
final class LetterForms {

    /** The field every letter has and no user is asked for. */
    static final String DATED_FIELD = "letter_date";

    private LetterForms() {
    }

    static void read(SourceFile file, Map<String, Form> forms, List<Problem> problems) {
        YamlNodes yaml = new YamlNodes(file.path(), problems);
        Node root = yaml.parse(file.text());
        if (root == null) {
            return;
        }
        var top = yaml.entries(root, "the letter kinds");
        Map<String, Form.Field> fields = new LinkedHashMap<>();
        for (var entry : yaml.entries(yaml.get(top, "fields"), "the letter fields")) {
            var field = yaml.entries(entry.getValue(), "field '" + entry.getKey() + "'");
            String slot = YamlNodes.scalar(yaml.get(field, "slot"));
            String type = YamlNodes.scalar(yaml.get(field, "type"));
            Node hint = yaml.get(field, "hint");
            fields.put(entry.getKey(), new Form.Field(entry.getKey(), yaml.texts(yaml.get(field, "label")),
                    hint == null ? Map.of() : yaml.texts(hint), slotType(type), false,
                    slot != null ? slot : "letter." + entry.getKey(), "list".equals(type) || "timeline".equals(type),
                    YamlNodes.scalar(yaml.get(field, "suggest")), YamlNodes.scalar(yaml.get(field, "group"))));
        }
        for (var kind : yaml.entries(yaml.get(top, "kinds"), "the letter kinds")) {
            var definition = yaml.entries(kind.getValue(), "letter kind '" + kind.getKey() + "'");
            List<Form.Field> asked = new ArrayList<>();
            for (Node item : yaml.items(yaml.get(definition, "fields"), "fields")) {
                for (var use : yaml.entries(item, "a field of '" + kind.getKey() + "'")) {
                    Form.Field field = fields.get(use.getKey());
                    if (field == null) {
                        yaml.problem(item, "letter kind '" + kind.getKey() + "' uses field '" + use.getKey() + "', which 'fields' does not define");
                    } else if (!use.getKey().equals(DATED_FIELD)) {
                        asked.add(field.required("required".equals(YamlNodes.scalar(use.getValue()))));
                    }
                }
            }
            forms.put(kind.getKey(), new Form(kind.getKey(), yaml.texts(yaml.get(definition, "title")), asked));
        }
    }

    private static SlotType slotType(String letterType) {
        return switch (letterType == null ? "text" : letterType) {
            case "date" -> SlotType.DATE;
            case "money" -> SlotType.MONEY;
            case "phone" -> SlotType.PHONE;
            default -> SlotType.TEXT;
        };
    }
}
