package org.anxin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.SourceFile;
import org.anxin.evidence.analysis.Analysis;
import org.anxin.evidence.analysis.ArrivalTime;
import org.anxin.evidence.analysis.Analyzer;
import org.anxin.evidence.analysis.AnalyzerRulesLoader;
import org.anxin.evidence.analysis.Evidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads collection messages from standard input, one a line, as plain text or as
 * {@code {"text":"...","time":"2026-11-20T23:40"}}, and prints one JSON line for each:
 * {@code {"abusive":true,"verdict":"abusive|lawful|unclear","labels":[...],"citations":[...],"evidence":[{"label":"...","phrase":"..."}]}}, or
 * {@code {"error":"..."}} for a line it cannot read (empty, too long, broken JSON, no text, an unreadable time), so
 * that the n-th output line always answers the n-th input line. Exits 0 once the input ends; 2 when the rules
 * cannot be loaded.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Say what in each collection message (one per line on standard input) looks unlawful or lawful, as one JSON line each.")
final class AnalyzeCommand implements Callable<Integer> {

    /** A line longer than this is answered with an error and not kept in memory; JSON escapes need the room. */
    static final int MAX_LINE = 6 * Analyzer.MAX_TEXT;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder with analyzer/ and knowledge/ (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Analyzer analyzer;
        try {
            List<SourceFile> files = DialogFolder.read(dir);
            AnalyzerRulesLoader.Loaded loaded = AnalyzerRulesLoader.load(files, DialogLoader.load(files).dialogs().facts().keySet());
            if (!loaded.valid()) {
                loaded.problems().forEach(p -> System.err.println("analyze: " + p));
                return 2;
            }
            analyzer = new Analyzer(loaded.rules());
        } catch (IllegalArgumentException noFolder) {
            System.err.println("analyze: " + noFolder.getMessage());
            return 2;
        }
        Reader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (Line line = Line.read(in); line != null; line = Line.read(in)) {
            out.println(JSON.writeValueAsString(answer(analyzer, line)));
        }
        return 0;
    }

    private static ObjectNode answer(Analyzer analyzer, Line line) {
        if (line.tooLong() || line.text().length() > Analyzer.MAX_TEXT) {
            return error("too long: a message may have at most " + Analyzer.MAX_TEXT + " characters");
        }
        String text = line.text().strip();
        LocalTime time = null;
        if (text.startsWith("{")) {
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JacksonException notJson) {
                return error("not valid JSON: give plain text, or {\"text\":\"...\",\"time\":\"2026-11-20T23:40\"}");
            }
            if (!node.isObject() || !node.path("text").isString()) {
                return error("no text: give {\"text\":\"...\"}");
            }
            if (node.has("time") && !node.get("time").isNull()) {
                time = time(node.get("time").asString());
                if (time == null) {
                    return error("time is not a local time such as 2026-11-20T23:40 or 23:40");
                }
            }
            text = node.get("text").asString().strip();
            if (text.length() > Analyzer.MAX_TEXT) {
                return error("too long: a message may have at most " + Analyzer.MAX_TEXT + " characters");
            }
        }
        if (text.isEmpty()) {
            return error("empty: no message on this line");
        }
        return result(analyzer.analyze(text, time));
    }

    private static LocalTime time(String text) {
        try {
            return ArrivalTime.timeOf(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ObjectNode result(Analysis analysis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("abusive", analysis.abusive());
        node.put("verdict", analysis.verdict().id());
        ArrayNode labels = node.putArray("labels");
        analysis.labels().forEach(labels::add);
        ArrayNode citations = node.putArray("citations");
        analysis.citations().forEach(citations::add);
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : analysis.evidence()) {
            evidence.addObject().put("label", e.label()).put("phrase", e.phrase());
        }
        return node;
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** One input line, read without ever holding more than {@link #MAX_LINE} characters of it. */
    record Line(String text, boolean tooLong) {

        static Line read(Reader in) throws IOException {
            StringBuilder b = new StringBuilder();
            boolean tooLong = false;
            int c = in.read();
            if (c < 0) {
                return null;
            }
            while (c >= 0 && c != '\n') {
                if (b.length() < MAX_LINE) {
                    b.append((char) c);
                } else {
                    tooLong = true;
                }
                c = in.read();
            }
            int end = b.length();
            if (end > 0 && b.charAt(end - 1) == '\r') {
                b.setLength(end - 1);
            }
            return new Line(b.toString(), tooLong);
        }
    }
}
