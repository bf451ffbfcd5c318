package org.anxin.settings;

/** How settings records print a secret in {@code toString}: whether it is set, never its value. */
public final class Secrets {

    private Secrets() {
    }

    /** {@code "(set)"} or {@code "(unset)"}. */
    public static String shown(Object secret) {
        return secret == null || secret.toString().isBlank() ? "(unset)" : "(set)";
    }
}
