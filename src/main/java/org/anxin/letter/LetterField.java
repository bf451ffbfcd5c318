package org.anxin.letter;

import java.util.Map;

/** One thing a letter asks for: its name (the answer's key), its label in each locale, its type. */
public record LetterField(String name, FieldType type, Map<String, String> label, boolean required) {

    public LetterField {
        label = Map.copyOf(label);
    }

    /** The label in {@code locale}, else in zh-CN. */
    public String label(String locale) {
        return label.getOrDefault(locale, label.get(Letters.MAIN_LOCALE));
    }
}
