package org.anxin.letter;

import java.util.Arrays;
import java.util.Optional;

/** What a letter field holds, and so how an answer is checked and shown. */
public enum FieldType {
    TEXT("text"), MULTILINE("multiline"), DATE("date"), MONEY("money"), PHONE("phone"), MASKED("masked"),
    LIST("list"), TIMELINE("timeline");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    /** The name used in {@code kinds.yaml} and by the CLI. */
    public String id() {
        return id;
    }

    public static Optional<FieldType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
