package org.anxin.evidence.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The analyzer's rules as loaded from {@code dialogs/analyzer/*.yaml}: the labels in file order (for lawful
 * labels the order is precedence: the first that matches names the message), and the negation words. A negation
 * word earlier in the same clause cancels a phrase ("我们不会联系您的家人"), unless a word that resumes the
 * statement comes between them ("if you do not pay, we will tell your employer").
 */
public record AnalyzerRules(List<LabelRule> labels, List<Pattern> negations, List<Pattern> resumptions) {

    /** The labels of the command-line contract; the rules may define no others. */
    public static final List<String> ABUSIVE = List.of("THREAT", "INSULT", "THIRD_PARTY_DISCLOSURE", "IMPERSONATION",
            "FALSE_LEGAL_CLAIM", "UNLAWFUL_FEE_OR_NEW_LOAN", "HARASSMENT_VOLUME", "OFF_HOURS", "SCAM_RISK", "FAMILY_MUST_PAY",
            "DEBT_RELIEF_SCAM");
    public static final List<String> LAWFUL = List.of("LAWFUL_REMINDER", "LAWFUL_CREDIT_NOTICE", "LAWFUL_LEGAL_NOTICE",
            "LAWFUL_THIRD_PARTY_MESSAGE");

    public AnalyzerRules {
        labels = List.copyOf(labels);
        negations = List.copyOf(negations);
        resumptions = List.copyOf(resumptions);
    }

    public Optional<LabelRule> label(String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
