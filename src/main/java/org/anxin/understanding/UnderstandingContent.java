package org.anxin.understanding;

import java.util.List;
import java.util.Map;
import org.anxin.dialog.Intent;

/**
 * The folder's {@code understanding/}: the needs users type ({@code intents}, with where each leads) and the examples
 * the model compares typed words with, for needs and for distress ({@code self_harm}, {@code danger}, {@code none}),
 * and collection messages ({@code abusive}, {@code lawful}) for the analyzer's second opinion.
 */
public record UnderstandingContent(Map<String, Intent> intents, List<Example> intentExamples, List<Example> distressExamples,
        List<Example> collectionExamples) {

    public static final String SELF_HARM = "self_harm";
    public static final String DANGER = "danger";
    public static final String NONE = "none";
    public static final List<String> DISTRESS_LABELS = List.of(SELF_HARM, DANGER, NONE);
    public static final String ABUSIVE = "abusive";
    public static final String LAWFUL = "lawful";

    public UnderstandingContent {
        intents = Map.copyOf(intents);
        intentExamples = List.copyOf(intentExamples);
        distressExamples = List.copyOf(distressExamples);
        collectionExamples = List.copyOf(collectionExamples);
    }
}
