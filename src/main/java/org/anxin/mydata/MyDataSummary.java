package org.anxin.mydata;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anxin.dialog.Action;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.KeptData;
import org.anxin.evidence.LetterEvidence;
import org.anxin.evidence.Locker;
import org.anxin.evidence.LockerActions;
import org.anxin.letter.LetterLayout.Kind;
import org.anxin.letter.LetterLayout.Line;
import org.anxin.letter.Letters;

/**
 * The readable side of "我的数据": a short PDF in the user's language, in the letters' look and font. It says when it
 * was made, the answers kept (named and worded as the chat shows them), the incidents recorded, the evidence files by
 * name and date (never what is in them), the letters made, and how to erase it all. Made when asked for, never kept.
 */
final class MyDataSummary {

    /** What the summary and the links to the files say, checked with the dialogs folder. */
    static final List<String> MESSAGES = List.of("mydata.download_pdf", "mydata.download_json", "mydata.pdf.title",
            "mydata.pdf.made", "mydata.pdf.answers", "mydata.pdf.worked_out", "mydata.pdf.none", "mydata.pdf.incidents",
            "mydata.pdf.files", "mydata.pdf.file", "mydata.pdf.letters", "mydata.pdf.letter", "mydata.pdf.delete",
            "mydata.pdf.delete_how", "engine.mydata.agreed");


    private final DialogSet dialogs;
    private final Supplier<Letters> letters;

    MyDataSummary(DialogSet dialogs, Supplier<Letters> letters) {
        this.dialogs = dialogs;
        this.letters = letters;
    }

    byte[] pdf(DialogState state, Instant now) {
        return letters.get().pdf(text(state, "mydata.pdf.title", Map.of()), state.locale(), lines(state, now));
    }

    /** The summary's lines: title, sections with their headings, each section saying "none" when it is empty. */
    List<Line> lines(DialogState state, Instant now) {
        KeptData kept = new KeptData(dialogs, state);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Kind.TITLE, text(state, "mydata.pdf.title", Map.of())));
        lines.add(new Line(Kind.TEXT, text(state, "mydata.pdf.made", Map.of("date", kept.moment(now)))));
        if (kept.consented() != null) {
            lines.add(new Line(Kind.TEXT, text(state, "engine.mydata.agreed", Map.of("consent", kept.consented()))));
        }

        KeptData.Answers answers = kept.answers();
        List<Line> section = new ArrayList<>();
        answers.named().forEach(a -> section.add(new Line(Kind.ITEM,
                text(state, "engine.form.line", Map.of("label", a.label(), "value", a.value())))));
        if (answers.workedOut() > 0) {
            section.add(new Line(Kind.GAP, ""));
            section.add(new Line(Kind.TEXT, text(state, "mydata.pdf.worked_out", Map.of("count", String.valueOf(answers.workedOut())))));
        }
        section(lines, state, "mydata.pdf.answers", section);

        Action.Context context = new Action.Context(state.slots(), now, ZoneId.of(state.zone()), state.locale(),
                state.evidence(), dialogs);
        section(lines, state, "mydata.pdf.incidents", LockerActions.lines(context, false).stream()
                .map(line -> new Line(Kind.ITEM, line)).toList());

        // By name and date, as a letter's evidence list names them: never what is in them.
        section(lines, state, "mydata.pdf.files", numbered(LetterEvidence.files(new Locker(state.evidence(),
                ZoneId.of(state.zone())), dialogs.messages(), state.locale(), "mydata.pdf.file")));

        section(lines, state, "mydata.pdf.letters", numbered(kept.letters().stream().map(letter -> text(state,
                "mydata.pdf.letter", Map.of("title", letter.title(), "made", kept.moment(letter.made())))).toList()));

        section(lines, state, "mydata.pdf.delete", List.of(new Line(Kind.TEXT, text(state, "mydata.pdf.delete_how", Map.of()))));
        return lines;
    }

    private void section(List<Line> lines, DialogState state, String heading, List<Line> body) {
        lines.add(new Line(Kind.HEADING, text(state, heading, Map.of())));
        lines.addAll(body.isEmpty() ? List.of(new Line(Kind.TEXT, text(state, "mydata.pdf.none", Map.of()))) : body);
    }

    private static List<Line> numbered(List<String> items) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new Line(Kind.ITEM, (i + 1) + ". " + items.get(i)));
        }
        return lines;
    }

    private String text(DialogState state, String key, Map<String, String> values) {
        return dialogs.messages().text(state.locale(), key, values);
    }
}
