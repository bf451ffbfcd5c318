package org.anxin.dialog;

/** A document a reply hands over, such as a letter of kind {@code lender-complaint}; channels render and deliver it. */
public record Document(String kind, String locale) {
}
