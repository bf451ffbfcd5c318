package org.anxin.dialog;

/**
 * A typed question. The answer is stored in {@code slot}; {@code min}/{@code max} bound a number's value or a
 * text's length; {@code reask} names the message said when an answer does not fit (a kind default otherwise).
 */
public record Ask(String slot, SlotType type, Long min, Long max, String reask, SourceRef at) {
}
