package org.anxin.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A letter's text as a Word document, one paragraph per line, laid out from {@link LetterLayout}. Runs name an
 * East Asian font (宋体, present wherever Word or WPS is) and a Latin one; DOCX does not embed fonts.
 */
final class DocxLetter {

    static final String EAST_ASIAN_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    private DocxLetter() {
    }

    static byte[] render(String text, String title) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Anxin");
            for (LetterLayout.Line line : LetterLayout.lines(text)) {
                if (line.kind() == LetterLayout.Kind.GAP) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBetween(1.4);
                XWPFRun run = p.createRun();
                run.setText(line.text());
                run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
                run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
                run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
                switch (line.kind()) {
                    case TITLE -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        p.setSpacingAfter(240);
                        run.setBold(true);
                        run.setFontSize(16);
                    }
                    case HEADING -> {
                        p.setSpacingBefore(160);
                        run.setBold(true);
                        run.setFontSize(12);
                    }
                    case ITEM -> {
                        p.setIndentationLeft(420);
                        p.setIndentationHanging(420);
                        run.setFontSize(11.5);
                    }
                    default -> run.setFontSize(11.5);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the DOCX", e);
        }
    }
}
