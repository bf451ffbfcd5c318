package org.anxin.evidence.analysis;

/** One phrase of the message, and the label it shows. */
public record Evidence(String label, String phrase) {
}
