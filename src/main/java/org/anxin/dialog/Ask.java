package org.anxin.dialog;

/**
 * A typed question. The answer is stored in {@code slot}; {@code min}/{@code max} bound a number's value or a
 * text's length; {@code reask} names the message said when an answer does not fit (a kind default otherwise).
 * {@code quoted} marks an answer that is someone else's words (a collection message pasted to be checked): its
 * threats are the collector's, so they do not interrupt the step for urgent help; the step that reads it decides.
 */
public record Ask(String slot, SlotType type, Long min, Long max, String reask, boolean quoted, SourceRef at) {
}
