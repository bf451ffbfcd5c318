package org.anxin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.anxin.content.DialogsContent;
import org.anxin.dialog.Reading;
import org.anxin.understanding.BgeEncoder;
import org.anxin.understanding.Example;
import org.anxin.understanding.ModelUnderstanding;
import org.anxin.understanding.TextClassifier;
import org.anxin.understanding.Thresholds;
import org.anxin.understanding.UnderstandingContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the bot reads in typed messages, one per line on standard input, as one JSON line each:
 * {@code {"concern":"none|unsure|urgent","intents":["negotiate"],"sure":true}}. {@code understand bench} measures
 * the time a typed message adds to a turn and the memory the model takes: a benchmark, not a test.
 */
@Command(name = "understand", mixinStandardHelpOptions = true,
        description = "Read typed messages (one per line on standard input) as the bot does: distress and what the user needs, as JSON lines.",
        subcommands = UnderstandCommand.Bench.class)
final class UnderstandCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--locale", defaultValue = "zh-CN", description = "the user's locale (default: ${DEFAULT-VALUE})")
    String locale;

    @Override
    public Integer call() throws IOException {
        ModelUnderstanding model = load(dir);
        if (model == null) {
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Reading reading = model.read(line.length() > 4000 ? line.substring(0, 4000) : line, locale);
            ObjectNode node = JSON.createObjectNode();
            node.put("concern", reading.concern().name().toLowerCase(Locale.ROOT));
            node.putArray("intents").addAll(reading.intents().stream().map(node::textNode).toList());
            node.put("sure", reading.sure());
            out.println(JSON.writeValueAsString(node));
        }
        return 0;
    }

    static ModelUnderstanding load(Path dir) {
        DialogsContent.Checked checked;
        try {
            checked = DialogsContent.check(dir);
        } catch (IllegalArgumentException noFolder) {
            System.err.println("understand: " + noFolder.getMessage());
            return null;
        }
        if (!checked.valid()) {
            checked.problems().forEach(p -> System.err.println("understand: " + p));
            return null;
        }
        ModelUnderstanding model = new ModelUnderstanding(checked.understanding(), BgeEncoder.shared(),
                TextClassifier.Method.NEAREST, Thresholds.DEFAULTS);
        model.awaitReady();
        if (model.failed()) {
            System.err.println("understand: the language model could not be loaded");
            return null;
        }
        return model;
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Benchmark (not a test): load the model, then read sentences like users type them; print the time each adds (p50/p95/p99/max) and the memory the model takes.")
    static final class Bench implements Callable<Integer> {

        @ParentCommand
        UnderstandCommand parent;

        @Option(names = "--warmup", defaultValue = "300", description = "reads before measuring (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "-n", defaultValue = "2000", description = "measured reads (default: ${DEFAULT-VALUE})")
        int n;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            long heapBefore = usedHeap();
            long rssBefore = rss();
            long started = System.nanoTime();
            ModelUnderstanding model = load(parent.dir);
            if (model == null) {
                return 2;
            }
            long loadedMs = (System.nanoTime() - started) / 1_000_000;
            long heapAfter = usedHeap();
            long rssAfter = rss();
            UnderstandingContent content = DialogsContent.check(parent.dir).understanding();
            // The examples stand in for what users type: the same lengths and wording, in both languages.
            List<String> texts = new ArrayList<>(Stream.of(content.intentExamples(), content.distressExamples(),
                    content.collectionExamples()).flatMap(List::stream).map(Example::text).distinct().toList());
            Collections.shuffle(texts, new Random(7));
            for (int i = 0; i < warmup; i++) {
                model.read(texts.get(i % texts.size()), "zh-CN");
            }
            long[] ns = new long[n];
            for (int i = 0; i < n; i++) {
                String text = texts.get((warmup + i) % texts.size());
                long start = System.nanoTime();
                model.read(text, "zh-CN");
                ns[i] = System.nanoTime() - start;
            }
            long rssAfterReads = rss();
            Arrays.sort(ns);
            out.printf(Locale.ROOT, "understand: n=%d after %d warm-up, p50=%.1f ms, p95=%.1f ms, p99=%.1f ms, max=%.1f ms, %d cores%n",
                    n, warmup, ns[n / 2] / 1e6, ns[(int) Math.ceil(n * 0.95) - 1] / 1e6, ns[(int) Math.ceil(n * 0.99) - 1] / 1e6,
                    ns[n - 1] / 1e6, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "model: ready in %d ms (load and %d examples), heap +%d MiB, resident +%d MiB, +%d MiB after the reads%n",
                    loadedMs, content.intentExamples().size() + content.distressExamples().size()
                            + content.collectionExamples().size(), (heapAfter - heapBefore) >> 20, (rssAfter - rssBefore) >> 20,
                    (rssAfterReads - rssBefore) >> 20);
            return 0;
        }

        private static long usedHeap() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** Resident memory from /proc (Linux), 0 elsewhere: ONNX Runtime's memory is outside the Java heap. */
        private static long rss() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
