package org.anxin.dialog.content;

/** One file of a dialogs folder: its path inside the folder (such as {@code flows/start.yaml}) and its text. */
public record SourceFile(String path, String text) {
}
