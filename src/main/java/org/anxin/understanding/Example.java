package org.anxin.understanding;

/** One labelled sentence from {@code dialogs/understanding/}: what a user might type, and what it means. */
public record Example(String label, String locale, String text) {
}
