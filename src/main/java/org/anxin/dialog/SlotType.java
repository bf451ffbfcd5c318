package org.anxin.dialog;

import java.util.Locale;

/** The kinds of answer a step can ask for. */
public enum SlotType {
    TEXT, NUMBER, MONEY, DATE, DATETIME, YES_NO, CHOICE, PHONE;

    /** The name used in flow files: {@code text}, {@code number}, {@code money}, {@code date}, {@code datetime} (a {@link Moment}), {@code yesno}, {@code choice}. */
    public String yamlName() {
        return this == YES_NO ? "yesno" : name().toLowerCase(Locale.ROOT);
    }

    public static SlotType fromYaml(String name) {
        for (SlotType type : values()) {
            if (type.yamlName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
