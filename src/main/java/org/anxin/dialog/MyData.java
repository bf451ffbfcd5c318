package org.anxin.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /mydata}: what is kept about the user, said in their words (every answer by its question's wording where a
 * form or the messages name it), and the whole record handed over as a file for the channel to deliver.
 */
final class MyData {

    static final List<String> MESSAGES = List.of("engine.mydata.summary", "engine.mydata.nothing", "engine.mydata.file",
            "engine.mydata.evidence", "engine.mydata.notes", "engine.mydata.agreed", "engine.form.line",
            "engine.answer.yes", "engine.answer.no");
    private final DialogSet dialogs;

    MyData(DialogSet dialogs) {
        this.dialogs = dialogs;
    }

    void show(Run run) {
        DialogState state = run.state;
        KeptData kept = new KeptData(dialogs, state);
        KeptData.Answers answers = kept.answers();
        List<String> lines = new ArrayList<>();
        answers.named().forEach(a -> lines.add(run.text("engine.form.line", Map.of("label", a.label(), "value", a.value()))));
        if (answers.workedOut() > 0) {
            // Sums and wording worked out from the answers: in the file, not worth reading here.
            lines.add(run.text("engine.mydata.notes", Map.of("count", String.valueOf(answers.workedOut()))));
        }
        if (!state.evidence().isEmpty()) {
            lines.add(run.text("engine.mydata.evidence", Map.of("incidents", String.valueOf(state.evidence().size()),
                    "files", String.valueOf(state.evidence().stream().mapToInt(i -> i.files().size()).sum()))));
        }
        run.say(lines.isEmpty() ? "engine.mydata.nothing" : "engine.mydata.summary",
                Map.of("count", String.valueOf(answers.named().size())));
        if (kept.consented() != null) {
            run.say("engine.mydata.agreed", Map.of("consent", kept.consented()));
        }
        if (!lines.isEmpty()) {
            run.reply(Reply.text(String.join("\n", lines)));
        }
        run.reply(new Reply(run.text("engine.mydata.file", Map.of()), List.of(), new Document(Document.MY_DATA, state.locale())));
    }
}
