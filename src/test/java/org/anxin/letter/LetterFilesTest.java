package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PDF and DOCX: the text extracted back holds every answered value; the PDF embeds every font it uses. */
class LetterFilesTest {

    static List<String> kinds() {
        return LetterFixtures.KINDS;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pdfShowsEveryValueAndEmbedsItsFonts(String kind) throws IOException {
        LetterFixtures.requireFont();
        Map<String, Object> answers = LetterFixtures.scenario(kind);
        byte[] pdf = LetterFixtures.letters().render(kind, "zh-CN", answers, LetterFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = LetterFixtures.squeeze(new PDFTextStripper().getText(doc));
            for (String value : LetterFixtures.shownValues(kind, "zh-CN", answers)) {
                assertThat(text).as("PDF of %s shows %s", kind, value).contains(LetterFixtures.squeeze(value));
            }
            assertThat(text).contains(LetterFixtures.squeeze(LetterFixtures.letters().kind(kind).title("zh-CN")))
                    .contains("不构成法律意见");
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s on a page of %s is embedded", font.getName(), kind).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void docxShowsEveryValueWithAnEastAsianFont(String kind) throws IOException {
        Map<String, Object> answers = LetterFixtures.scenario(kind);
        byte[] docx = LetterFixtures.letters().render(kind, "zh-CN", answers, LetterFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = LetterFixtures.squeeze(extractor.getText());
            for (String value : LetterFixtures.shownValues(kind, "zh-CN", answers)) {
                assertThat(text).as("DOCX of %s shows %s", kind, value).contains(LetterFixtures.squeeze(value));
            }
            for (var paragraph : doc.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(DocxLetter.EAST_ASIAN_FONT);
                }
            }
        }
    }
}
