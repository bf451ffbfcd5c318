package org.anxin.dialog;

/**
 * Reads a typed message before the engine steps. Implementations may use a model; the engine only sees the
 * {@link Reading}.
 */
@FunctionalInterface
public interface Understanding {

    /** Only the reviewed distress rules, for a dialogs check or a test that runs without a model. */
    Understanding RULES_ONLY = (text, locale) -> new Reading(
            Distress.detected(text) ? Reading.Concern.URGENT : Reading.Concern.NONE, java.util.List.of(), false);

    Reading read(String text, String locale);
}
