package org.anxin.evidence.analysis;

import java.util.List;

/**
 * What the analyzer found in one message: whether anything in it looks abusive, the labels (abusive ones; or, when
 * there are none, the one kind of lawful message it looks like), the knowledge entries behind them, and the
 * phrases that triggered each label.
 */
public record Analysis(boolean abusive, List<String> labels, List<String> citations, List<Evidence> evidence) {

    public Analysis {
        labels = List.copyOf(labels);
        citations = List.copyOf(citations);
        evidence = List.copyOf(evidence);
    }

    /** The phrases found for one label, in the order they appear. */
    public List<String> phrases(String label) {
        return evidence.stream().filter(e -> e.label().equals(label)).map(Evidence::phrase).toList();
    }
}
