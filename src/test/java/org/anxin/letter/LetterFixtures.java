package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anxin.TestFolders;
import tools.jackson.databind.json.JsonMapper;

/** The test scenarios and a dialogs folder with the real letters and a frozen copy of the knowledge they cite. */
final class LetterFixtures {

    static final Path RESOURCES = Path.of("src/test/resources/letters");
    static final List<String> KINDS = List.of("lender-complaint", "regulator-complaint", "consumer-association-complaint",
            "harassment-report", "police-statement", "stop-third-party-contact", "negotiation-request", "data-access-request",
            "evidence-list");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Letters letters;

    private LetterFixtures() {
    }

    /** dialogs/letters as it is, with src/test/resources/letters/knowledge as the knowledge base. */
    static synchronized Letters letters() {
        if (letters == null) {
            letters = Letters.load(frozenDialogs(), LetterFont.DEFAULT);
        }
        return letters;
    }

    static Path frozenDialogs() {
        try {
            Path dir = TestFolders.newFolder("letters-");
            copy(Path.of("dialogs/letters"), dir.resolve("letters"));
            copy(RESOURCES.resolve("knowledge"), dir.resolve("knowledge"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> scenario(String kind) {
        try {
            return JSON.readValue(Files.readString(RESOURCES.resolve(kind + ".json"), StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireFont() {
        assertThat(LetterFont.DEFAULT)
                .as("the PDF font %s is missing: apt-get install fonts-wqy-microhei", LetterFont.DEFAULT)
                .isReadable();
    }

    /** What the letter must show for each answered field, in the form the locale shows it. */
    static List<String> shownValues(String kindId, String locale, Map<String, Object> answers) {
        boolean zh = locale.startsWith("zh");
        Letters letters = letters();
        LetterKind kind = letters.kind(kindId);
        Map<String, Object> values = letters.validate(kindId, answers);
        java.util.ArrayList<String> shown = new java.util.ArrayList<>();
        for (LetterField field : kind.fields()) {
            Object v = values.get(field.name());
            if (v == null) {
                continue;
            }
            switch (field.type()) {
                case DATE -> shown.add(LetterModel.date((java.time.LocalDate) v, zh));
                case MONEY -> shown.add(LetterModel.money((java.math.BigDecimal) v, zh));
                case LIST -> ((List<?>) v).forEach(item -> shown.add(item.toString()));
                case TIMELINE -> ((List<?>) v).forEach(item -> {
                    TimelineEntry e = (TimelineEntry) item;
                    shown.add(LetterModel.date(e.date(), zh));
                    shown.add(e.channel());
                    shown.add(e.what());
                    Stream.of(e.time(), e.number(), e.who()).filter(s -> s != null).forEach(shown::add);
                });
                case MULTILINE -> shown.addAll(List.of(v.toString().split("\n")));
                default -> shown.add(v.toString());
            }
        }
        return shown;
    }

    /** Text without any whitespace, so that values broken across lines by the layout still match. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
