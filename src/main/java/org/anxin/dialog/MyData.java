package org.anxin.dialog;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /mydata}: what is kept about the user, said in their words (every answer by its question's wording where a
 * form or the messages name it), and the whole record handed over as a file for the channel to deliver.
 */
final class MyData {

    static final List<String> MESSAGES = List.of("engine.mydata.summary", "engine.mydata.nothing", "engine.mydata.file",
            "engine.mydata.evidence", "engine.mydata.notes", "engine.mydata.agreed", "engine.form.line",
            "engine.answer.yes", "engine.answer.no");
    /** An answer's name as users read it, when a message gives one: {@code mydata.slot.lender.name}. */
    private static final String SLOT_NAME = "mydata.slot.";

    private final DialogSet dialogs;

    MyData(DialogSet dialogs) {
        this.dialogs = dialogs;
    }

    void show(Run run) {
        DialogState state = run.state;
        List<String> lines = new ArrayList<>();
        int notes = 0;
        int answers = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(state.slots()).entrySet()) {
            if (e.getKey().startsWith("_") || e.getValue().isBlank()) {
                continue; // where the bot is in a question or form, not something the user said
            }
            String label = slotLabel(run, e.getKey());
            if (label != null) {
                lines.add(run.text("engine.form.line", Map.of("label", label, "value", valueShown(run, e.getKey(), e.getValue()))));
                answers++;
            } else {
                notes++;
            }
        }
        if (notes > 0) {
            // Sums and wording worked out from the answers: in the file, not worth reading here.
            lines.add(run.text("engine.mydata.notes", Map.of("count", String.valueOf(notes))));
        }
        if (!state.evidence().isEmpty()) {
            lines.add(run.text("engine.mydata.evidence", Map.of("incidents", String.valueOf(state.evidence().size()),
                    "files", String.valueOf(state.evidence().stream().mapToInt(i -> i.files().size()).sum()))));
        }
        run.say(lines.isEmpty() ? "engine.mydata.nothing" : "engine.mydata.summary", Map.of("count", String.valueOf(answers)));
        if (state.consent() != null) {
            run.say("engine.mydata.agreed", Map.of("consent", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(run.zone()).format(Instant.parse(state.consent()))));
        }
        if (!lines.isEmpty()) {
            run.reply(Reply.text(String.join("\n", lines)));
        }
        run.reply(new Reply(run.text("engine.mydata.file", Map.of()), List.of(), new Document(Document.MY_DATA, state.locale())));
    }

    /**
     * An answer's value as a user reads it: the words of the button that gave it ({@code <slot>.<value>}, such as
     * lender.type.bank, 银行), yes or no in the user's language, else the value as it was typed.
     */
    private String valueShown(Run run, String slot, String value) {
        if (value.matches("[a-z_]+") && dialogs.messages().has(run.state.locale(), slot + "." + value)) {
            return run.text(slot + "." + value, Map.of());
        }
        if (value.equals("yes") || value.equals("no")) {
            return run.text("engine.answer." + value, Map.of());
        }
        return value;
    }

    /**
     * An answer's name as a user reads it: {@code mydata.slot.<slot>} from the messages, or the label of a form
     * field that fills it; null for what the bot worked out itself.
     */
    private String slotLabel(Run run, String slot) {
        if (dialogs.messages().has(run.state.locale(), SLOT_NAME + slot)) {
            return run.text(SLOT_NAME + slot, Map.of());
        }
        return dialogs.forms().values().stream()
                .flatMap(f -> f.fields().stream())
                .filter(f -> f.slot().equals(slot))
                .map(f -> f.label().getOrDefault(run.state.locale(), slot))
                .findFirst().orElse(null);
    }
}
