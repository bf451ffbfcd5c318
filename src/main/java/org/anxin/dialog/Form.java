package org.anxin.dialog;

import java.util.List;
import java.util.Map;

/**
 * What a document needs from the user, such as a complaint letter's fields. A step with {@code form: id} asks for
 * each field it does not know yet, one at a time, then shows them all for review, lets the user change any one, and
 * hands the document over.
 */
public record Form(String id, Map<String, String> title, List<Field> fields) {

    public Form {
        title = Map.copyOf(title);
        fields = List.copyOf(fields);
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * One field: its label per locale, the kind of answer, whether the document can do without it, the slot it is
     * kept in (shared with the rest of the journey, so that a lender named once is not asked again), and whether it
     * holds several items (incidents, pieces of evidence), given one message at a time and kept one per line.
     */
    public record Field(String name, Map<String, String> label, SlotType type, boolean required, String slot,
            boolean many) {

        public Field {
            label = Map.copyOf(label);
        }
    }
}
