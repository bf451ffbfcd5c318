package org.anxin.dialog;

/**
 * An option offered as a button or a number. {@code label} is a message key; {@code value}, when the step asks a
 * {@code choice} slot, is what picking it stores; {@code target} is where it leads (the step's {@code next} if null).
 */
public record Choice(String label, String target, String value, SourceRef at) {
}
