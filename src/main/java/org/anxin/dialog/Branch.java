package org.anxin.dialog;

/** A conditional jump: go to {@code target} when {@code when} holds; a null condition is the "else" branch. */
public record Branch(Condition when, String target, SourceRef at) {
}
