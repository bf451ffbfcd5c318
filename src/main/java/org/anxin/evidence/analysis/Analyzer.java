package org.anxin.evidence.analysis;

import java.text.Normalizer;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anxin.dialog.ChineseScript;

/**
 * Reads one collection message against the rules. Abusive labels come first and are all reported; only a message
 * with none of them is given a lawful label, the first in the rules' order that matches and whose lawful signs the
 * message shows (an official channel, say), so that a message is never both "unlawful" and "normal", and one with
 * neither sign is left unclear. Every label carries the phrases that triggered it.
 */
public final class Analyzer {

    /** The longest message read; the chat and the command line refuse longer ones before they get here. */
    public static final int MAX_TEXT = 4000;
    /** Phrases kept per label: enough to show why, few enough to read. */
    private static final int PHRASES_PER_LABEL = 3;
    private static final int LONGEST_PHRASE = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]+|(?<=\\.)\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:]");

    /** A second opinion at or above this doubts a lawful reading. */
    static final double DOUBT = 0.5;

    private final AnalyzerRules rules;
    private final SecondOpinion secondOpinion;

    public Analyzer(AnalyzerRules rules) {
        this(rules, SecondOpinion.NONE);
    }

    public Analyzer(AnalyzerRules rules, SecondOpinion secondOpinion) {
        this.rules = rules;
        this.secondOpinion = secondOpinion;
    }

    /** The analysis of {@code text}; {@code time} is the local time it arrived, or null when unknown. */
    public Analysis analyze(String text, LocalTime time) {
        String typed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        // The rules are written in simplified characters: a message in traditional ones is read as its simplified
        // twin, and its phrases are quoted as written wherever the conversion kept the sentence's length.
        String normalized = ChineseScript.toSimplified(typed);
        List<String> sentences = List.of(SENTENCE_END.split(normalized));
        List<String> written = List.of(SENTENCE_END.split(typed));
        List<String> quoted = written.size() == sentences.size() ? written : sentences;
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (LabelRule label : rules.labels()) {
            if (!label.abusive()) {
                continue;
            }
            if (label.hours() != null) {
                if (time != null && label.hours().contains(time)) {
                    found.put(label.name(), Set.of(time.format(DateTimeFormatter.ofPattern("HH:mm"))));
                }
                continue;
            }
            Set<String> phrases = label.allowedIn(normalized) ? phrases(label, sentences, quoted) : Set.of();
            if (!phrases.isEmpty()) {
                found.put(label.name(), phrases);
            }
        }
        boolean abusive = !found.isEmpty();
        if (!abusive) {
            for (LabelRule label : rules.labels()) {
                Set<String> phrases = label.abusive() || !label.allowedIn(normalized) ? Set.of() : phrases(label, sentences, quoted);
                if (!phrases.isEmpty()) {
                    found.put(label.name(), phrases);
                    break;
                }
            }
            if (!found.isEmpty() && secondOpinion.abusive(normalized) >= DOUBT) {
                // Lawful signs, but it reads like abusive messages: unclear, not "normal".
                found.clear();
            }
        }
        Set<String> citations = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        found.forEach((name, phrases) -> {
            rules.label(name).ifPresent(l -> citations.addAll(l.cite()));
            phrases.forEach(p -> evidence.add(new Evidence(name, p)));
        });
        return new Analysis(abusive, List.copyOf(found.keySet()), List.copyOf(citations), evidence);
    }

    /**
     * The phrases of this label that stand, sentence by sentence: not cancelled, not negated. Overlapping matches
     * are joined into one phrase, in the order they appear, and cut from {@code quoted}, the same sentences as written.
     */
    private Set<String> phrases(LabelRule label, List<String> sentences, List<String> quoted) {
        Set<String> phrases = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String written = quoted.get(i).length() == sentence.length() ? quoted.get(i) : sentence;
            if (label.unless().stream().anyMatch(p -> p.matcher(sentence).find())) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            for (Pattern pattern : label.phrases()) {
                Matcher m = pattern.matcher(sentence);
                while (m.find()) {
                    if (m.end() > m.start() && !negated(sentence, m.start())) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                }
            }
            spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            int[] open = null;
            for (int[] span : spans) {
                if (open != null && span[0] <= open[1]) {
                    open[1] = Math.max(open[1], span[1]);
                    continue;
                }
                if (open != null) {
                    phrases.add(shown(written.substring(open[0], open[1])));
                }
                open = span.clone();
            }
            if (open != null) {
                phrases.add(shown(written.substring(open[0], open[1])));
            }
        }
        return phrases.stream().limit(PHRASES_PER_LABEL).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether a negation word comes earlier in the same clause, with nothing between them that resumes. */
    private boolean negated(String sentence, int start) {
        int clauseStart = 0;
        Matcher end = CLAUSE_END.matcher(sentence);
        while (end.find() && end.end() <= start) {
            clauseStart = end.end();
        }
        String before = sentence.substring(clauseStart, start);
        int lastNegation = -1;
        for (Pattern negation : rules.negations()) {
            Matcher m = negation.matcher(before);
            while (m.find()) {
                lastNegation = Math.max(lastNegation, m.end());
            }
        }
        if (lastNegation < 0) {
            return false;
        }
        String between = before.substring(lastNegation);
        return rules.resumptions().stream().noneMatch(p -> p.matcher(between).find());
    }

    private static String shown(String phrase) {
        String p = phrase.strip();
        return p.length() <= LONGEST_PHRASE ? p : p.substring(0, LONGEST_PHRASE) + "…";
    }
}
