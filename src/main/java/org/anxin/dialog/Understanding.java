package org.anxin.dialog;

/**
 * Reads a typed message before the engine steps. Implementations may use a model; the engine only sees the
 * {@link Reading}.
 */
@FunctionalInterface
public interface Understanding {

    Reading read(String text, String locale);
}
