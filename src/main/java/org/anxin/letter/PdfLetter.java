package org.anxin.letter;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A letter's text as an A4 PDF, laid out from {@link LetterLayout}, with the CJK font embedded (subset). */
final class PdfLetter {

    private static final String CSS = """
            @page { size: A4; margin: 25mm 22mm 22mm 22mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 9pt; color: #666; } }
            body { font-family: '%1$s'; font-size: 11.5pt; line-height: 1.6; color: #111; }
            h1 { font-size: 17pt; font-weight: normal; text-align: center; margin: 0 0 14pt 0; line-height: 1.4; }
            h2 { font-size: 12.5pt; font-weight: normal; margin: 10pt 0 3pt 0; padding-bottom: 1pt; border-bottom: 0.5pt solid #999; }
            p { margin: 0; word-wrap: break-word; }
            p.item { padding-left: 1.8em; text-indent: -1.8em; }
            div.gap { height: 6pt; }
            """;

    private PdfLetter() {
    }

    static byte[] render(String text, String locale, String title, LetterFont font) {
        return render(LetterLayout.lines(text), locale, title, font);
    }

    /** Lines already shaped, such as the data summary's; a line break inside one stays a line break. */
    static byte[] render(List<LetterLayout.Line> lines, String locale, String title, LetterFont font) {
        String html = html(lines, locale, title);
        try (LetterFont.Loaded loaded = font.open(); PDDocument doc = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            PDType0Font pdFont = PDType0Font.load(doc, loaded.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(pdFont), LetterFont.FAMILY);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    /** Well-formed XHTML; every piece of the letter's text is escaped, so a value such as {@code <script>} prints as is. */
    static String html(String text, String locale, String title) {
        return html(LetterLayout.lines(text), locale, title);
    }

    static String html(List<LetterLayout.Line> lines, String locale, String title) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(locale)).append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><style>").append(CSS.formatted(LetterFont.FAMILY)).append("</style></head><body>\n");
        for (LetterLayout.Line line : lines) {
            String text = escape(line.text()).replace("\n", "<br/>");
            switch (line.kind()) {
                case TITLE -> b.append("<h1>").append(text).append("</h1>\n");
                case HEADING -> b.append("<h2>").append(text).append("</h2>\n");
                case ITEM -> b.append("<p class=\"item\">").append(text).append("</p>\n");
                case TEXT -> b.append("<p>").append(text).append("</p>\n");
                case GAP -> b.append("<div class=\"gap\"></div>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case ' ' -> b.append(i > 0 && s.charAt(i - 1) == ' ' ? "&#160;" : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
