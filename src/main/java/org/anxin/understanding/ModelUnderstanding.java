package org.anxin.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.Distress;
import org.anxin.dialog.Reading;
import org.anxin.dialog.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads typed messages with the sentence model beside the reviewed distress rules. The model and its classifiers are
 * made in the background; a message that arrives before they are ready waits for them, so distress is never read by
 * the rules alone while the model is loading, unless the rules already found it urgent. Only if the model cannot be
 * loaded at all do the rules answer alone (and the health check says so).
 */
public final class ModelUnderstanding implements Understanding {

    private static final Logger log = LoggerFactory.getLogger(ModelUnderstanding.class);
    private static final Pattern SENTENCES = Pattern.compile("[。！？!?；;\\n]+|(?<=\\.)\\s+");
    /** Sentences of a long message read one by one as well, so that one line of despair is not averaged away. */
    private static final int SENTENCES_READ = 8;
    /** How much less an uncertain reading counts in a message that also uses a figure of speech about death. */
    private static final double IDIOM_DISCOUNT = 0.6;
    private static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofMinutes(2);

    private final CompletableFuture<BgeEncoder> model;
    private final CompletableFuture<Trained> trained;
    private final Thresholds thresholds;

    /** The classifiers, once the model is loaded and has read the examples. */
    record Trained(SentenceEncoder encoder, TextClassifier distress, TextClassifier intents, TextClassifier collection) {

        Trained readingWith(SentenceEncoder reader) {
            return reader == encoder ? this : new Trained(reader, distress, intents, collection);
        }
    }

    public ModelUnderstanding(UnderstandingContent content, CompletableFuture<BgeEncoder> model,
            TextClassifier.Method method, Thresholds thresholds) {
        this(content, model, method, thresholds, java.util.function.UnaryOperator.identity(), null);
    }

    /** The same, keeping the examples' vectors in {@code kept} (the server's way). */
    ModelUnderstanding(UnderstandingContent content, CompletableFuture<BgeEncoder> model,
            TextClassifier.Method method, Thresholds thresholds, ExampleVectorFile kept) {
        this(content, model, method, thresholds, java.util.function.UnaryOperator.identity(), kept);
    }

    /**
     * The same, reading typed words through {@code reader} around the model: the measurements on the labelled sets
     * read the same sentences with several classifiers and remember their vectors; the server never does.
     */
    ModelUnderstanding(UnderstandingContent content, CompletableFuture<BgeEncoder> model, TextClassifier.Method method,
            Thresholds thresholds, java.util.function.UnaryOperator<SentenceEncoder> reader) {
        this(content, model, method, thresholds, reader, null);
    }

    private ModelUnderstanding(UnderstandingContent content, CompletableFuture<BgeEncoder> model, TextClassifier.Method method,
            Thresholds thresholds, java.util.function.UnaryOperator<SentenceEncoder> reader, ExampleVectorFile kept) {
        this.thresholds = thresholds;
        this.model = model;
        this.trained = model.thenApplyAsync(encoder -> train(content, encoder, method, kept).readingWith(reader.apply(encoder)));
        trained.whenComplete((t, e) -> {
            if (e != null) {
                log.error("the language model could not be loaded; typed messages are read by the rules alone", e);
            }
        });
    }

    static Trained train(UnderstandingContent content, BgeEncoder encoder, TextClassifier.Method method) {
        return train(content, encoder, method, null);
    }

    /**
     * The classifiers, from the examples' vectors kept in {@code kept} where they are there (null: none kept); the
     * vectors of examples encoded now are kept there for the next start.
     */
    static Trained train(UnderstandingContent content, BgeEncoder encoder, TextClassifier.Method method, ExampleVectorFile kept) {
        long started = System.nanoTime();
        // Examples are read as typed messages are: plain, with everyday figures of speech taken out.
        List<Example> distress = plain(content.distressExamples());
        List<Example> intents = plain(content.intentExamples());
        List<Example> collection = content.collectionExamples();
        int encodedBefore = encoder.examplesEncoded();
        if (kept != null) {
            encoder.rememberExamples(kept.read(encoder));
        }
        Trained trained = new Trained(encoder, classifier(distress, encoder, method),
                intents.isEmpty() ? null : classifier(intents, encoder, method),
                collection.isEmpty() ? null : classifier(collection, encoder, method));
        if (kept != null && encoder.examplesEncoded() > encodedBefore) {
            kept.write(java.util.stream.Stream.of(distress, intents, collection).flatMap(List::stream).map(Example::text).toList(),
                    encoder.examples(), encoder);
        }
        log.debug("language model ready: {} examples read in {} ms", distress.size() + intents.size() + collection.size(),
                (System.nanoTime() - started) / 1_000_000);
        return trained;
    }

    private static List<Example> plain(List<Example> examples) {
        return examples.stream().map(e -> new Example(e.label(), e.locale(), plain(e.text())))
                .filter(e -> hasWords(e.text())).toList();
    }

    /** Lower case, punctuation to blanks, everyday figures of speech taken out. */
    private static String plain(String text) {
        return Distress.withoutIdioms(text).strip();
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    static TextClassifier classifier(List<Example> examples, BgeEncoder encoder, TextClassifier.Method method) {
        List<String> labels = examples.stream().map(Example::label).toList();
        List<float[]> vectors = encoder.encodeExamples(examples.stream().map(Example::text).toList());
        return method == TextClassifier.Method.NEAREST ? new NearestExamples(labels, vectors, 7)
                : new SoftmaxRegression(labels, vectors);
    }

    /**
     * Writes the vectors of every content example this process knows to {@code file}, for an image to ship
     * ({@code anxin.understanding.shipped-vectors}); false if the model is not ready or the file could not be written.
     */
    public boolean keepExampleVectors(java.nio.file.Path file) {
        awaitReady();
        if (!ready()) {
            return false;
        }
        BgeEncoder encoder = model.join();
        Map<String, float[]> vectors = encoder.examples();
        return new ExampleVectorFile(file, null).write(List.copyOf(vectors.keySet()), vectors, encoder);
    }

    /** Whether the model is loaded and has learnt from the examples. */
    public boolean ready() {
        return trained.isDone() && !trained.isCompletedExceptionally();
    }

    /** Whether loading the model failed for good. */
    public boolean failed() {
        return trained.isCompletedExceptionally();
    }

    /**
     * Waits until the model is ready (or has failed), two minutes at most: a load that hangs must not hold every typed
     * turn, so after that the rules answer alone until it is ready.
     */
    public void awaitReady() {
        try {
            trained.get(LONGEST_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a failure was reported once when it happened; the rules still answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Reading read(String typed, String locale) {
        // The model learnt from simplified examples: traditional text is read as its simplified twin.
        String text = ChineseScript.toSimplified(typed);
        Reading.Concern rules = Distress.detected(text) ? Reading.Concern.URGENT : Reading.Concern.NONE;
        if (!worthReading(text)) {
            return new Reading(rules, List.of(), false);
        }
        if (rules == Reading.Concern.URGENT && !ready()) {
            // Urgent help comes first: what the model would add cannot change that, so nobody waits for it to load.
            return new Reading(rules, List.of(), false);
        }
        awaitReady();
        if (!ready()) {
            return new Reading(rules, List.of(), false);
        }
        Trained model = trained.join();
        // Read as plain text with everyday figures of speech taken out (so that 累死了 alarms nobody), the whole
        // message for what it needs and each sentence for distress (so that one line of despair in a long message
        // is not averaged away), all in one call to the model; a one-sentence message is read once.
        // A message that is all figures of speech (累死了) is still read for what it needs, as typed.
        String whole = hasWords(plain(text)) ? plain(text) : text.strip();
        List<String> sentences = sentences(text).stream().map(ModelUnderstanding::plain).filter(ModelUnderstanding::hasWords).toList();
        List<String> batch = new ArrayList<>(new java.util.LinkedHashSet<>(sentences));
        if (!batch.contains(whole)) {
            batch.add(whole);
        }
        List<float[]> vectors = model.encoder().encodeAll(batch);
        float[] wholeVector = vectors.get(batch.indexOf(whole));
        double risk = 0;
        for (String sentence : sentences) {
            risk = Math.max(risk, risk(model.distress().probabilities(vectors.get(batch.indexOf(sentence)))));
        }
        if (Distress.hasIdiom(text)) {
            // Who speaks of death in a figure of speech (累死了) is rarely speaking of it otherwise: the words left
            // must say more before the bot asks.
            risk *= IDIOM_DISCOUNT;
        }
        // A few words say too little for the model to judge distress by; the rules still read them.
        Reading.Concern concern = !saysEnough(text) ? Reading.Concern.NONE
                : risk >= thresholds.urgent() ? Reading.Concern.URGENT
                : risk >= thresholds.ask() ? Reading.Concern.UNSURE : Reading.Concern.NONE;
        if (model.intents() == null) {
            return new Reading(rules.atLeast(concern), List.of(), false);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(
                TextClassifier.ranked(model.intents().probabilities(wholeVector)).entrySet());
        // Words most like greetings and small talk ask for nothing: no guesses then, the question again.
        boolean asksNothing = ranked.get(0).getKey().equals(UnderstandingContent.NONE);
        List<String> likely = asksNothing ? List.of() : ranked.stream().filter(e -> e.getValue() >= thresholds.suggest())
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
        if (!ready() || trained.join().collection() == null) {
            return 0;
        }
        Trained model = trained.join();
        return model.collection().probabilities(model.encoder().encode(ChineseScript.toSimplified(message))).getOrDefault(UnderstandingContent.ABUSIVE, 0.0);
    }

    /** The probability of each need, for measuring the classifier itself. */
    Map<String, Double> needs(String text) {
        Trained model = trained.join();
        return TextClassifier.ranked(model.intents().probabilities(model.encoder().encode(plain(text))));
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

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{3,}");

    /** Commands, option numbers, amounts and stray symbols carry no words to read: two Chinese characters or a word. */
    static boolean worthReading(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty() && !t.startsWith("/") && (han(t) >= 2 || WORD.matcher(t).find());
    }

    /** Enough words to judge distress by: three Chinese characters or two words. */
    static boolean saysEnough(String text) {
        return han(text) >= 3 || WORD.matcher(text).results().count() >= 2;
    }

    private static long han(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
