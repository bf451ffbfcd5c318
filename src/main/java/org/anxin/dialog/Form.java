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

    /** The groups of its fields, in the order they first appear; empty when no field names one. */
    public List<String> groups() {
        return fields.stream().map(Field::group).filter(g -> g != null).distinct().toList();
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * One field: its short label per locale, a hint said only when it is asked (an example, how to write it), the
     * kind of answer, whether the document can do without it, the slot it is kept in (shared with the rest of the
     * journey, so that a lender named once is not asked again), whether it holds several items (incidents, pieces of
     * evidence), given one message at a time and kept one per line, and a journey slot whose value is offered as the
     * answer (the lender's registered name the bot already knows), or null; and the group it is changed under in
     * the review (you, loan, events, other), or null.
     */
    public record Field(String name, Map<String, String> label, Map<String, String> hint, SlotType type,
            boolean required, String slot, boolean many, String suggest, String group) {

        public Field {
            label = Map.copyOf(label);
            hint = Map.copyOf(hint);
        }

        /** The same field, required or not in one kind of document. */
        public Field required(boolean isRequired) {
            return new Field(name, label, hint, type, isRequired, slot, many, suggest, group);
        }
    }
}
