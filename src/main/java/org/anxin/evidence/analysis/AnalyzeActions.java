package org.anxin.evidence.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.anxin.dialog.Action;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.DialogExtension;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Distress;

/**
 * The analyzer in the chat, an extension of the dialogs: its actions and the messages they say (the finding, each
 * label's name). {@code analyze.clear} forgets the last analysis; {@code analyze.time} reads when the
 * message arrived ({@code analysis.time_said}) into {@code analysis.time}; {@code analyze.message} analyzes
 * {@code analysis.text} and writes the result in plain words in the user's language ({@code analysis.result}), its
 * kind ({@code analysis.kind}: abusive, lawful or unclear), the labels ({@code analysis.labels}, comma-separated) and
 * whether the message threatens the user's safety ({@code analysis.danger}) or is a collector's threat
 * ({@code analysis.threat}), after which the user is told when to call 110. The evidence locker reads
 * {@code analysis.text}, {@code analysis.time} and {@code analysis.labels}.
 */
public final class AnalyzeActions implements DialogExtension {

    private static final String PREFIX = "analysis.";
    /** Characters of the message shown above its result. */
    private static final int PREVIEW = 60;

    private final AnalyzerRules rules;
    private final Analyzer analyzer;

    public AnalyzeActions(AnalyzerRules rules, SecondOpinion secondOpinion) {
        this.rules = rules;
        this.analyzer = new Analyzer(rules, secondOpinion);
    }

    public Map<String, Action> all() {
        return Map.of("analyze.clear", clear(), "analyze.time", time(), "analyze.message", message());
    }

    private static Action clear() {
        return Action.onSlots((slots, context) -> {
            Map<String, String> cleared = new HashMap<>();
            slots.keySet().stream().filter(s -> s.startsWith(PREFIX)).forEach(s -> cleared.put(s, null));
            return cleared;
        }, Set.of());
    }

    private static Action time() {
        return Action.onSlots((slots, context) -> {
            Map<String, String> changes = new HashMap<>();
            String said = Objects.requireNonNullElse(slots.get("analysis.time_said"), "");
            var time = ArrivalTime.parse(ChineseScript.toSimplified(said), context.at(), context.zone());
            changes.put("analysis.time", time.orElse(null));
            // Nothing said ("I don't remember") is fine; something unreadable is asked again.
            changes.put("analysis.time_ok", time.isPresent() || said.isBlank() ? "yes" : "no");
            if (time.isEmpty()) {
                // Asked again without "keep: <what could not be read>".
                changes.put("analysis.time_said", null);
            }
            return changes;
        }, Set.of("analysis.time_ok"));
    }

    private Action message() {
        return Action.onSlots((slots, context) -> {
            String text = Objects.requireNonNullElse(slots.get("analysis.text"), "");
            String time = slots.get("analysis.time");
            Analysis analysis = analyzer.analyze(text, time == null ? null : ArrivalTime.timeOf(time));
            Map<String, String> changes = new HashMap<>();
            changes.put("analysis.labels", String.join(",", analysis.labels()));
            changes.put("analysis.kind", analysis.verdict().id());
            changes.put("analysis.danger", Distress.detected(text) ? "yes" : "no");
            changes.put("analysis.threat", analysis.labels().contains("THREAT") ? "yes" : "no");
            changes.put("analysis.result", words(analysis, context));
            changes.put("analysis.preview", preview(text));
            return changes;
        }, Set.of("analysis.labels", "analysis.kind", "analysis.danger", "analysis.threat", "analysis.result",
                "analysis.preview"));
    }

    /** Each finding in plain words: what it is, the phrases that showed it, the rules it touches. */
    private String words(Analysis analysis, Action.Context context) {
        DialogSet dialogs = context.dialogs();
        String locale = context.locale();
        List<String> findings = new ArrayList<>();
        int number = 0;
        for (String label : analysis.labels()) {
            number++;
            String key = label.toLowerCase(Locale.ROOT);
            List<String> quoted = analysis.phrases(label).stream()
                    .map(p -> dialogs.messages().text(locale, "analysis.phrase", Map.of("phrase", p))).toList();
            List<String> titles = titles(label, dialogs, locale);
            findings.add(dialogs.messages().text(locale, "analysis.finding", Map.of(
                    "number", String.valueOf(number),
                    "what", dialogs.messages().text(locale, "analysis.label." + key, Map.of()),
                    "phrases", dialogs.messages().join(locale, "analysis.phrase_joiner", quoted),
                    "rules", dialogs.messages().join(locale, "analysis.rule_joiner", titles))));
        }
        return String.join("\n", findings);
    }

    /** The start of the message, to show which one the result is about. */
    static String preview(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int end = oneLine.offsetByCodePoints(0, Math.min(PREVIEW, oneLine.codePointCount(0, oneLine.length())));
        return end < oneLine.length() ? oneLine.substring(0, end) + "…" : oneLine;
    }

    /** The official titles, in the user's language, of the rules this label cites. */
    private List<String> titles(String label, DialogSet dialogs, String locale) {
        return rules.label(label).map(LabelRule::cite).orElse(List.of()).stream()
                .map(id -> dialogs.facts().get(id)).filter(Objects::nonNull)
                .map(f -> f.source().getOrDefault(locale, f.id())).toList();
    }

    /** The messages these actions speak with: the finding and its parts, and each label's name. */
    static final List<String> MESSAGES = Stream.concat(Stream.of("analysis.finding", "analysis.phrase",
            "analysis.phrase_joiner", "analysis.rule_joiner"), Stream.concat(AnalyzerRules.ABUSIVE.stream(),
            AnalyzerRules.LAWFUL.stream()).map(l -> "analysis.label." + l.toLowerCase(Locale.ROOT))).toList();

    @Override
    public String name() {
        return "the analyzer";
    }

    @Override
    public Map<String, Action> actions() {
        return all();
    }

    @Override
    public Set<String> messageKeys() {
        return Set.copyOf(MESSAGES);
    }
}
