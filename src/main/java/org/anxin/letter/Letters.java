package org.anxin.letter;

import com.samskivert.mustache.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Fact;

/**
 * The letter engine: the kinds in a dialogs folder, the validation of answers, and rendering to text, PDF and DOCX.
 * Thread-safe once loaded; pure apart from reading the folder and the font file.
 *
 * <pre>{@code
 * Letters letters = Letters.load(Path.of("dialogs"), LetterFont.DEFAULT);
 * String text = letters.text("lender-complaint", "zh-CN", answers);   // answers keyed by field name
 * byte[] pdf = letters.render("lender-complaint", "zh-CN", answers, LetterFormat.PDF);
 * }</pre>
 */
public final class Letters {

    public static final String MAIN_LOCALE = "zh-CN";

    private final LetterCatalog catalog;
    private final LetterFont font;

    private Letters(LetterCatalog catalog, LetterFont font) {
        this.catalog = catalog;
        this.font = font;
    }

    /** Reads {@code dialogsDir/letters/} and the knowledge the kinds cite; fails naming what is wrong. */
    public static Letters load(Path dialogsDir, Path fontFile) {
        return new Letters(LetterCatalog.load(dialogsDir), new LetterFont(fontFile));
    }

    /** As {@link #load(Path, Path)}, citing the folder's knowledge base already read ({@code facts}). */
    public static Letters load(Path dialogsDir, Path fontFile, Map<String, Fact> facts) {
        return new Letters(LetterCatalog.load(dialogsDir, facts), new LetterFont(fontFile));
    }

    /** As {@link #load(Path, Path)} with the default font, {@link LetterFont#DEFAULT}. */
    public static Letters load(Path dialogsDir) {
        return load(dialogsDir, null);
    }

    /** Every kind, in the order of {@code kinds.yaml}. */
    public List<LetterKind> kinds() {
        return List.copyOf(catalog.kinds.values());
    }

    /** The kind with this id; an unknown id is an {@link IllegalArgumentException} listing the known ones. */
    public LetterKind kind(String id) {
        LetterKind kind = catalog.kinds.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("unknown letter kind '" + id + "'; known: "
                    + kinds().stream().map(LetterKind::id).toList());
        }
        return kind;
    }

    /** {@code wanted} when the kind has a template in it, otherwise zh-CN (letters go to Chinese institutions). */
    public String localeFor(String kindId, String wanted) {
        return kind(kindId).locales().contains(wanted) ? wanted : MAIN_LOCALE;
    }

    /**
     * Checks answers in the kind's field order and returns the typed values (LocalDate, BigDecimal, String,
     * List&lt;String&gt;, List&lt;TimelineEntry&gt;) of the fields answered.
     *
     * @throws InvalidAnswerException the first missing required field or wrong value, naming it
     */
    public Map<String, Object> validate(String kindId, Map<String, ?> answers) {
        return AnswerParser.parse(kind(kindId), answers);
    }

    /** The letter as plain text. */
    public String text(String kindId, String locale, Map<String, ?> answers) {
        LetterKind kind = kind(kindId);
        Template template = catalog.templates.get(kindId + "." + locale);
        if (template == null) {
            throw new IllegalArgumentException("letter kind '" + kindId + "' has no " + locale + " template; it has "
                    + kind.locales());
        }
        Map<String, Object> values = AnswerParser.parse(kind, answers);
        Object chosenType = answers == null ? null : answers.get(LenderTypes.ANSWER_KEY);
        String text = template.execute(LetterModel.of(kind, locale, values,
                chosenType == null ? null : String.valueOf(chosenType), catalog.facts));
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /** The letter in a format: UTF-8 text, PDF or DOCX. */
    public byte[] render(String kindId, String locale, Map<String, ?> answers, LetterFormat format) {
        String text = text(kindId, locale, answers);
        String title = kind(kindId).title(locale);
        return switch (format) {
            case TEXT -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> PdfLetter.render(text, locale, title, font);
            case DOCX -> DocxLetter.render(text, title);
        };
    }

    /**
     * A short document in the letters' look, such as the summary of a user's data, as an A4 PDF with the same
     * embedded font: its lines already shaped, every text printed as it is.
     */
    public byte[] pdf(String title, String locale, List<LetterLayout.Line> lines) {
        return PdfLetter.render(lines, locale, title, font);
    }

    /** The font PDFs embed. */
    public LetterFont font() {
        return font;
    }
}
