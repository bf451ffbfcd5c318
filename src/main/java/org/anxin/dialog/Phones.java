package org.anxin.dialog;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a phone number as people type it: a mainland mobile (with or without +86) or a landline with its area code. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");

    private Phones() {
    }

    /** The number as digits only, or empty when it is not a phone number. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s\\-()（）]", "").replaceFirst("^(\\+86|0086|86)(?=1\\d{10}$)", "");
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
                ? Optional.of(digits) : Optional.empty();
    }
}
