package org.anxin.dialog;

import java.util.Map;

/**
 * An option offered as a button or a number. {@code label} is a message key; {@code value}, when the step asks a
 * {@code choice} slot, is what picking it stores; {@code set} names further slots picking it fills (such as a
 * lender's name and type at once); {@code target} is where it leads (the step's {@code next} if null; {@link #BACK} returns to where the user came from).
 */
public record Choice(String label, String target, String value, Map<String, String> set, SourceRef at) {

    /** A target (of a choice, a step or a branch) that returns to where the user was before the flow they are in. */
    public static final String BACK = "@back";

    public Choice {
        set = Map.copyOf(set);
    }
}
