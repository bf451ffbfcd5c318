package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a conversation keeps, in the words its user reads: each answer under its question's name and in the words of
 * the button that gave it, how many more items the bot worked out itself, when the user agreed, and the letters
 * made. "我的数据" in the chat and the PDF summary both show it this way, so the two never say it differently.
 */
public final class KeptData {

    /** How a moment is shown: the date and the minute, in the user's zone. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DialogSet dialogs;
    private final DialogState state;

    public KeptData(DialogSet dialogs, DialogState state) {
        this.dialogs = dialogs;
        this.state = state;
    }

    /** One answer as the user reads it. */
    public record Answer(String label, String value) {
    }

    /** The answers with a name, by slot, and how many items the bot worked out from them (sums, wording). */
    public record Answers(List<Answer> named, int workedOut) {

        public boolean isEmpty() {
            return named.isEmpty() && workedOut == 0;
        }
    }

    /** A letter made: its kind, its title in the user's language, and when it was last made. */
    public record Letter(String kind, String title, Instant made) {
    }

    public Answers answers() {
        List<Answer> named = new ArrayList<>();
        int workedOut = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(state.slots()).entrySet()) {
            if (e.getValue().isBlank()) {
                continue; // a question skipped: nothing to show
            }
            String label = label(e.getKey());
            if (label != null) {
                named.add(new Answer(label, value(e.getKey(), e.getValue())));
            } else {
                workedOut++;
            }
        }
        return new Answers(List.copyOf(named), workedOut);
    }

    /** When the user agreed to what is kept, as {@link #moment}; null before they did. */
    public String consented() {
        return state.consent() == null ? null : moment(Instant.parse(state.consent()));
    }

    /** The letters made, in the order first made. */
    public List<Letter> letters() {
        List<Letter> letters = new ArrayList<>();
        for (DialogState.Letter made : state.letters()) {
            Form form = dialogs.forms().get(made.kind());
            String title = form == null ? made.kind() : form.title().getOrDefault(state.locale(), made.kind());
            letters.add(new Letter(made.kind(), title, made.made()));
        }
        return letters;
    }

    /** A moment in the user's zone: 2026-11-20 23:40. */
    public String moment(Instant at) {
        return MOMENT.withZone(ZoneId.of(state.zone())).format(at);
    }

    /**
     * An answer's value as a user reads it: the words of the button that gave it ({@code <slot>.<value>}, such as
     * lender.type.bank, 银行), yes or no in the user's language, else the value as it was typed.
     */
    private String value(String slot, String value) {
        if (value.matches("[a-z_]+") && dialogs.messages().has(state.locale(), slot + "." + value)) {
            return text(slot + "." + value);
        }
        if (value.equals("yes") || value.equals("no")) {
            return text("engine.answer." + value);
        }
        return value;
    }

    /**
     * An answer's name as a user reads it: {@code mydata.slot.<slot>} from the messages, or the label of a form
     * field that fills it; null for what the bot worked out itself.
     */
    private String label(String slot) {
        if (dialogs.messages().has(state.locale(), "mydata.slot." + slot)) {
            return text("mydata.slot." + slot);
        }
        return dialogs.forms().values().stream()
                .flatMap(f -> f.fields().stream())
                .filter(f -> f.slot().equals(slot))
                .map(f -> f.label().getOrDefault(state.locale(), slot))
                .findFirst().orElse(null);
    }

    private String text(String key) {
        return dialogs.messages().text(state.locale(), key, Map.of());
    }
}
