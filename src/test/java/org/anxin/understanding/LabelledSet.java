package org.anxin.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A labelled evaluation set in {@code src/test/resources/understanding/<task>/}: JSON Lines with {@code text},
 * {@code locale}, and {@code label} (distress), {@code intent} (needs) or {@code labels} (the analyzer), as defined in
 * {@code docs/understanding/labels.md}.
 */
public final class LabelledSet {

    public static final Path ROOT = Path.of("src/test/resources/understanding");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line: the text, its label (the intent, or the distress label) and for distress the kind of {@code none}. */
    public record Line(String text, String label, String kind, String locale) {
    }

    private LabelledSet() {
    }

    public static List<Line> read(String task, String file) {
        try {
            return Files.readAllLines(ROOT.resolve(task).resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(LabelledSet::parse)
                    .map(n -> new Line(n.path("text").asText(), n.has("intent") ? n.path("intent").asText() : n.path("label").asText(),
                            n.path("kind").asText(null), n.path("locale").asText("zh-CN")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }
}
