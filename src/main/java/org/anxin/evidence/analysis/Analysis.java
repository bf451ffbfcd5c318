package org.anxin.evidence.analysis;

import java.util.List;

/**
 * What the analyzer found in one message: whether anything in it looks abusive, the labels (abusive ones; or, when
 * there are none, the one kind of lawful message it looks like), the knowledge entries behind them, and the
 * phrases that triggered each label.
 */
public record Analysis(boolean abusive, List<String> labels, List<String> citations, List<Evidence> evidence) {

    /**
     * What the analysis says of the message as a whole. A message is called lawful only when it shows a lawful sign
     * and no risk sign; when it shows neither, the analyzer says it cannot tell, rather than "looks normal".
     */
    public enum Verdict {
        ABUSIVE, LAWFUL, UNCLEAR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Analysis {
        labels = List.copyOf(labels);
        citations = List.copyOf(citations);
        evidence = List.copyOf(evidence);
    }

    public Verdict verdict() {
        return abusive ? Verdict.ABUSIVE : labels.isEmpty() ? Verdict.UNCLEAR : Verdict.LAWFUL;
    }

    /** The phrases found for one label, in the order they appear. */
    public List<String> phrases(String label) {
        return evidence.stream().filter(e -> e.label().equals(label)).map(Evidence::phrase).toList();
    }
}
