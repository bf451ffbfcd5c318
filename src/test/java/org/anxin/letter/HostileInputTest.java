package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Template syntax and markup in every field print literally in text, PDF and DOCX: values are data, never source. */
class HostileInputTest {

    static final String HOSTILE = "{{x}} {{#a}}b{{/a}} ${7*7} {% if %}x{% endif %} <script>alert(1)</script> &amp; {{>closing}}";

    static List<String> kinds() {
        return LetterFixtures.KINDS;
    }

    /** The scenario with the hostile text in every text-like field, list item and incident part. */
    static Map<String, Object> hostile(String kindId) {
        Map<String, Object> answers = new LinkedHashMap<>(LetterFixtures.scenario(kindId));
        for (LetterField field : LetterFixtures.letters().kind(kindId).fields()) {
            switch (field.type()) {
                case TEXT, MULTILINE -> answers.put(field.name(), HOSTILE);
                case LIST -> answers.put(field.name(), List.of(HOSTILE, HOSTILE));
                case TIMELINE -> answers.put(field.name(), List.of(Map.of("date", "2026-11-20", "time", "23:40",
                        "channel", HOSTILE, "what", HOSTILE, "who", HOSTILE)));
                default -> { }
            }
        }
        return answers;
    }

    static int textFields(String kindId) {
        int n = 0;
        for (LetterField field : LetterFixtures.letters().kind(kindId).fields()) {
            n += switch (field.type()) {
                case TEXT, MULTILINE -> 1;
                case LIST -> 2;
                case TIMELINE -> 3;
                default -> 0;
            };
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void text(String kind) {
        String text = LetterFixtures.letters().text(kind, "zh-CN", hostile(kind));
        assertThat(count(text, HOSTILE)).isGreaterThanOrEqualTo(textFields(kind));
        assertThat(text).doesNotContain("49").contains("本文书由自助工具");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pdf(String kind) throws IOException {
        LetterFixtures.requireFont();
        byte[] pdf = LetterFixtures.letters().render(kind, "zh-CN", hostile(kind), LetterFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = LetterFixtures.squeeze(new PDFTextStripper().getText(doc));
            assertThat(count(text, LetterFixtures.squeeze(HOSTILE))).isGreaterThanOrEqualTo(textFields(kind));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void docx(String kind) throws IOException {
        byte[] docx = LetterFixtures.letters().render(kind, "zh-CN", hostile(kind), LetterFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(count(extractor.getText(), HOSTILE)).isGreaterThanOrEqualTo(textFields(kind));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theHtmlForThePdfEscapesEveryValue(String kind) {
        String text = LetterFixtures.letters().text(kind, "zh-CN", hostile(kind));
        String html = PdfLetter.html(text, "zh-CN", "t");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;");
    }

    private static int count(String haystack, String needle) {
        List<Integer> at = new ArrayList<>();
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            at.add(i);
        }
        return at.size();
    }
}
