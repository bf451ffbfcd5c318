package org.anxin.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.letter.InvalidAnswerException;
import org.anxin.letter.LetterField;
import org.anxin.letter.LetterFormat;
import org.anxin.letter.LetterKind;
import org.anxin.letter.Letters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Letters for counselors and scripts, without the server: list the kinds, list a kind's fields, render a letter from
 * a JSON file of answers. A missing required field or a wrong value exits 1 with one line naming the field; a
 * usage problem (unknown kind, unreadable file) exits 2.
 */
@Command(name = "letter", description = "List letter kinds and fields; render a letter as text, PDF or DOCX.",
        mixinStandardHelpOptions = true)
final class LetterCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Command(name = "kinds", description = "JSON list of the letter kinds: id and title.")
    int kinds(@Option(names = "--locale", defaultValue = "zh-CN", description = "language of the titles (default: ${DEFAULT-VALUE})") String locale,
            @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir) {
        Letters letters = load(dir);
        if (letters == null) {
            return 2;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (LetterKind kind : letters.kinds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", kind.id());
            m.put("title", kind.title(locale));
            m.put("locales", kind.locales());
            out.add(m);
        }
        print(JSON.writeValueAsString(out));
        return 0;
    }

    @Command(name = "fields", description = "JSON list of a kind's fields: name, label, type, required.")
    int fields(@Option(names = "--kind", required = true, description = "the letter kind") String kindId,
            @Option(names = "--locale", defaultValue = "zh-CN", description = "language of the labels (default: ${DEFAULT-VALUE})") String locale,
            @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir) {
        Letters letters = load(dir);
        if (letters == null) {
            return 2;
        }
        try {
            List<Map<String, Object>> out = new ArrayList<>();
            for (LetterField field : letters.kind(kindId).fields()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", field.name());
                m.put("label", field.label(locale));
                m.put("type", field.type().id());
                m.put("required", field.required());
                out.add(m);
            }
            print(JSON.writeValueAsString(out));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    @Command(name = "render", description = "Render a letter from a JSON file of answers keyed by field name.")
    int render(@Option(names = "--kind", required = true, description = "the letter kind") String kindId,
            @Option(names = "--answers", required = true, description = "a JSON object of answers, keyed by field name") Path answersFile,
            @Option(names = "--format", defaultValue = "text", description = "text, pdf or docx (default: ${DEFAULT-VALUE})") String formatName,
            @Option(names = "--out", required = true, description = "the file to write; - writes text to standard output") Path out,
            @Option(names = "--locale", defaultValue = "zh-CN", description = "zh-CN or en (default: ${DEFAULT-VALUE})") String locale,
            @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir,
            @Option(names = "--font", description = "the TrueType font (.ttf/.ttc) a PDF embeds (default: WenQuanYi Micro Hei)") Path font) {
        LetterFormat format = LetterFormat.of(formatName).orElse(null);
        if (format == null) {
            System.err.println("--format: expected one of " + Arrays.stream(LetterFormat.values()).map(LetterFormat::id).toList());
            return 2;
        }
        Letters letters = load(dir, font);
        if (letters == null) {
            return 2;
        }
        Map<String, Object> answers;
        try {
            Object parsed = JSON.readValue(Files.readString(answersFile, StandardCharsets.UTF_8), Object.class);
            if (!(parsed instanceof Map<?, ?>)) {
                System.err.println("--answers: " + answersFile + " must hold a JSON object keyed by field name");
                return 2;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) parsed;
            answers = map;
        } catch (JacksonException e) {
            System.err.println("--answers: " + answersFile + " is not valid JSON: " + e.getOriginalMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("--answers: cannot read " + answersFile + ": " + e.getMessage());
            return 2;
        }
        try {
            LetterKind kind = letters.kind(kindId);
            if (!kind.locales().contains(locale)) {
                System.err.println("--locale: letter kind '" + kindId + "' has no " + locale + " template; it has " + kind.locales());
                return 2;
            }
            for (String key : answers.keySet()) {
                if (kind.field(key).isEmpty()) {
                    System.err.println("warning: ignored answer '" + key + "': not a field of " + kindId);
                }
            }
            byte[] bytes = letters.render(kindId, locale, answers, format);
            if (out.toString().equals("-")) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.write(out, bytes);
            }
            return 0;
        } catch (InvalidAnswerException e) {
            System.err.println("invalid answer: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("cannot write " + out + ": " + e.getMessage());
            return 2;
        }
    }

    @Command(name = "bench", description = "Benchmark (not a test): render PDFs repeatedly after warm-up, print p50/p95/max in ms.")
    int bench(@Option(names = "--kind", defaultValue = "lender-complaint", description = "the letter kind (default: ${DEFAULT-VALUE})") String kindId,
            @Option(names = "--answers", required = true, description = "a JSON object of answers") Path answersFile,
            @Option(names = "--warmup", defaultValue = "30", description = "renders before measuring (default: ${DEFAULT-VALUE})") int warmup,
            @Option(names = "-n", defaultValue = "200", description = "measured renders (default: ${DEFAULT-VALUE})") int n,
            @Option(names = "--format", defaultValue = "pdf", description = "text, pdf or docx (default: ${DEFAULT-VALUE})") String formatName,
            @Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir) throws Exception {
        Letters letters = load(dir);
        if (letters == null) {
            return 2;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = JSON.readValue(Files.readString(answersFile, StandardCharsets.UTF_8), Map.class);
        LetterFormat format = LetterFormat.of(formatName).orElseThrow();
        for (int i = 0; i < warmup; i++) {
            letters.render(kindId, "zh-CN", answers, format);
        }
        long[] ms = new long[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            size = letters.render(kindId, "zh-CN", answers, format).length;
            ms[i] = System.nanoTime() - start;
        }
        Arrays.sort(ms);
        print(String.format("%s %s: n=%d after %d warm-up, p50=%.1f ms, p95=%.1f ms, max=%.1f ms, %d bytes, %d cores",
                kindId, format.id(), n, warmup, ms[n / 2] / 1e6, ms[(int) Math.ceil(n * 0.95) - 1] / 1e6, ms[n - 1] / 1e6,
                size, Runtime.getRuntime().availableProcessors()));
        return 0;
    }

    private static Letters load(Path dir) {
        return load(dir, null);
    }

    private static Letters load(Path dir, Path font) {
        try {
            return Letters.load(dir, font);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }

    private static void print(String line) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(line);
    }
}
