package org.anxin.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.anxin.dialog.Distress;
import org.anxin.dialog.Reading;
import org.anxin.dialog.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads typed messages with the sentence model beside the reviewed distress rules. The model and its classifiers are
 * made in the background; a message that arrives before they are ready waits for them, so distress is never read by
 * the rules alone while the model is loading. Only if the model cannot be loaded at all do the rules answer alone
 * (and the health check says so).
 */
public final class ModelUnderstanding implements Understanding {

    private static final Logger log = LoggerFactory.getLogger(ModelUnderstanding.class);
    private static final Pattern SENTENCES = Pattern.compile("[。！？!?；;\\n]+|(?<=\\.)\\s+");
    /** Sentences of a long message read one by one as well, so that one line of despair is not averaged away. */
    private static final int SENTENCES_READ = 8;

    private final CompletableFuture<Trained> trained;
    private final Thresholds thresholds;

    /** The classifiers, once the model is loaded and has read the examples. */
    record Trained(SentenceEncoder encoder, TextClassifier distress, TextClassifier intents, TextClassifier collection) {
    }

    public ModelUnderstanding(UnderstandingContent content, CompletableFuture<BgeEncoder> model,
            TextClassifier.Method method, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.trained = model.thenApplyAsync(encoder -> train(content, encoder, method));
        trained.whenComplete((t, e) -> {
            if (e != null) {
                log.error("the language model could not be loaded; typed messages are read by the rules alone: {}",
                        e.getClass().getSimpleName());
            }
        });
    }

    static Trained train(UnderstandingContent content, BgeEncoder encoder, TextClassifier.Method method) {
        long started = System.nanoTime();
        // Distress examples are read as typed messages are: with everyday figures of speech taken out.
        List<Example> distress = content.distressExamples().stream()
                .map(e -> new Example(e.label(), e.locale(), Distress.withoutIdioms(e.text()).strip()))
                .filter(e -> e.text().codePoints().anyMatch(Character::isLetter)).toList();
        Trained trained = new Trained(encoder, classifier(distress, encoder, method),
                content.intentExamples().isEmpty() ? null : classifier(content.intentExamples(), encoder, method),
                content.collectionExamples().isEmpty() ? null : classifier(content.collectionExamples(), encoder, method));
        log.info("language model ready: {} examples read in {} ms", content.distressExamples().size()
                + content.intentExamples().size() + content.collectionExamples().size(), (System.nanoTime() - started) / 1_000_000);
        return trained;
    }

    static TextClassifier classifier(List<Example> examples, BgeEncoder encoder, TextClassifier.Method method) {
        List<String> labels = examples.stream().map(Example::label).toList();
        List<float[]> vectors = encoder.encodeExamples(examples.stream().map(Example::text).toList());
        return method == TextClassifier.Method.NEAREST ? new NearestExamples(labels, vectors, 7)
                : new SoftmaxRegression(labels, vectors);
    }

    /** Whether the model is loaded and has learnt from the examples. */
    public boolean ready() {
        return trained.isDone() && !trained.isCompletedExceptionally();
    }

    /** Whether loading the model failed for good. */
    public boolean failed() {
        return trained.isCompletedExceptionally();
    }

    /** Waits until the model is ready (or has failed). */
    public void awaitReady() {
        try {
            trained.join();
        } catch (CompletionException e) {
            // reported once when it happened; the rules still answer
        }
    }

    @Override
    public Reading read(String text, String locale) {
        Reading.Concern rules = Distress.detected(text) ? Reading.Concern.URGENT : Reading.Concern.NONE;
        if (!worthReading(text)) {
            return new Reading(rules, List.of(), false);
        }
        awaitReady();
        if (failed()) {
            return new Reading(rules, List.of(), false);
        }
        Trained model = trained.join();
        // Read with everyday figures of speech taken out, sentence by sentence, so that 累死了 alarms nobody and one
        // line of despair in a long message is not averaged away; all in one call to the model.
        List<String> plain = sentences(text).stream().map(Distress::withoutIdioms).map(String::strip)
                .filter(t -> t.codePoints().anyMatch(Character::isLetter)).toList();
        List<String> batch = new ArrayList<>(plain);
        batch.add(text);
        List<float[]> vectors = model.encoder().encodeAll(batch);
        float[] whole = vectors.get(vectors.size() - 1);
        double risk = 0;
        for (float[] sentence : vectors.subList(0, plain.size())) {
            risk = Math.max(risk, risk(model.distress().probabilities(sentence)));
        }
        Reading.Concern concern = risk >= thresholds.urgent() ? Reading.Concern.URGENT
                : risk >= thresholds.ask() ? Reading.Concern.UNSURE : Reading.Concern.NONE;
        if (model.intents() == null) {
            return new Reading(rules.atLeast(concern), List.of(), false);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(
                TextClassifier.ranked(model.intents().probabilities(whole)).entrySet());
        List<String> likely = ranked.stream().filter(e -> e.getValue() >= thresholds.suggest())
                .map(Map.Entry::getKey).filter(id -> !id.equals(UnderstandingContent.NONE)).limit(3).toList();
        double top = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        boolean sure = !ranked.get(0).getKey().equals(UnderstandingContent.NONE)
                && top >= thresholds.sure() && top - second >= thresholds.margin();
        return new Reading(rules.atLeast(concern), likely, sure);
    }

    /**
     * How likely a collection message is abusive, by the examples it is most like: the analyzer's second opinion.
     * 0 when the model could not be loaded (the rules then decide alone).
     */
    public double abusive(String message) {
        awaitReady();
        if (failed() || trained.join().collection() == null) {
            return 0;
        }
        Trained model = trained.join();
        return model.collection().probabilities(model.encoder().encode(message)).getOrDefault(UnderstandingContent.ABUSIVE, 0.0);
    }

    /** The probability of each need, for measuring the classifier itself. */
    Map<String, Double> needs(String text) {
        Trained model = trained.join();
        return TextClassifier.ranked(model.intents().probabilities(model.encoder().encode(text)));
    }

    /** The probability that the words show self-harm or danger. */
    private static double risk(Map<String, Double> p) {
        return p.getOrDefault(UnderstandingContent.SELF_HARM, 0.0) + p.getOrDefault(UnderstandingContent.DANGER, 0.0);
    }

    /** The whole message and, when it has several, each of its first sentences. */
    private static List<String> sentences(String text) {
        List<String> parts = SENTENCES.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty())
                .limit(SENTENCES_READ).toList();
        if (parts.size() <= 1) {
            return List.of(text);
        }
        List<String> all = new ArrayList<>(parts);
        all.add(0, text);
        return all;
    }

    /** Commands, option numbers and amounts carry no words to read. */
    static boolean worthReading(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty() && !t.startsWith("/") && t.codePoints().anyMatch(Character::isLetter);
    }
}
