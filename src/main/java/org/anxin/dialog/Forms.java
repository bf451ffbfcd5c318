package org.anxin.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Filling a form: ask each required field not yet known, then list all fields for review; from the review the user
 * fills in or changes any one field (an optional one can be left empty), or takes the document and goes on to the
 * step's next. Progress is kept in internal slots beginning with an underscore. Forms never move the conversation
 * themselves: where a choice leads away, they say where, and the navigation goes there.
 */
final class Forms {

    static final List<String> MESSAGES = List.of("engine.form.ask", "engine.form.ask_optional", "engine.form.hint",
            "engine.form.review", "engine.form.line", "engine.form.missing", "engine.form.joiner", "engine.form.use",
            "engine.form.which", "engine.form.cancel", "engine.form.generate", "engine.form.change", "engine.form.skip",
            "engine.form.ready", "engine.form.more", "engine.form.done", "engine.keep", "engine.answer.yes",
            "engine.answer.no", "common.menu");
    /** Each group a form's fields are changed under has its name here, {@code engine.form.group.you}. */
    static final String GROUP_PREFIX = "engine.form.group.";
    private static final String EDITING = "_form.editing";
    private static final String CHOOSING = "_form.choosing";
    /** Forms with more fields than this are changed group by group. */
    private static final int GROUPED_FROM = 6;
    /** A field of several items that is taking them now: each answer adds one. */
    private static final String COLLECTING = "_form.collecting";

    private final DialogSet dialogs;

    Forms(DialogSet dialogs) {
        this.dialogs = dialogs;
    }

    private Form form(Step step) {
        return dialogs.forms().get(step.form());
    }

    /** On entering the step: a fresh start, then what the form needs first. */
    void start(Run run, Step step) {
        clearProgress(run);
        prompt(run, step);
    }

    /** The field being asked now; null in the review or while the user picks a field to change. */
    Form.Field asking(Run run, Step step) {
        Map<String, String> slots = run.state.slots();
        if (slots.containsKey(CHOOSING)) {
            return null;
        }
        Form form = form(step);
        String editing = slots.get(EDITING);
        if (editing != null && form.field(editing) != null) {
            return form.field(editing);
        }
        // Only what the document cannot do without is asked for; optional fields wait in the review.
        return form.fields().stream()
                .filter(f -> f.required() && !slots.containsKey(f.slot()))
                .findFirst().orElse(null);
    }

    /** Says what the form needs now: which field to change, the next field's question, or the review. */
    void prompt(Run run, Step step) {
        Form form = form(step);
        if (run.state.slots().containsKey(CHOOSING)) {
            run.say("engine.form.which");
            return;
        }
        Form.Field field = asking(run, step);
        if (field != null) {
            run.say(field.required() ? "engine.form.ask" : "engine.form.ask_optional", Map.of("label", label(run, field)));
            String hint = field.hint().get(run.state.locale());
            if (hint != null && !hint.isBlank()) {
                run.say("engine.form.hint", Map.of("hint", hint));
            }
            return;
        }
        // The review lists what is filled in; what could still be added is named in one line, not as a column of
        // empty fields.
        run.say("engine.form.review", Map.of("title", form.title().getOrDefault(run.state.locale(), form.id())));
        StringBuilder lines = new StringBuilder();
        List<String> missing = new ArrayList<>();
        for (Form.Field f : form.fields()) {
            String value = run.state.slots().get(f.slot());
            if (value == null) {
                missing.add(label(run, f));
                continue;
            }
            lines.append(lines.isEmpty() ? "" : "\n").append(run.text("engine.form.line",
                    Map.of("label", label(run, f), "value", shown(run, f, value))));
        }
        if (!missing.isEmpty()) {
            lines.append(lines.isEmpty() ? "" : "\n\n").append(run.text("engine.form.missing", Map.of("labels",
                    dialogs.messages().join(run.state.locale(), "engine.form.joiner", missing))));
        }
        run.reply(Reply.text(lines.toString()));
    }

    /** What the user can do now, as codes and labels: pick a group or field, keep, use, skip, or generate. */
    List<Map.Entry<String, String>> choices(Run run, Step step) {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        Form form = form(step);
        Map<String, String> slots = run.state.slots();
        if (slots.containsKey(CHOOSING)) {
            // A long form is changed group by group (you, the loan, what happened, other), so no screen holds a
            // dozen buttons.
            String choosing = slots.get(CHOOSING);
            if (!choosing.startsWith("group:") && form.fields().size() > GROUPED_FROM && form.groups().size() > 1) {
                form.groups().forEach(g -> choices.add(Map.entry("group:" + g, run.text(GROUP_PREFIX + g, Map.of()))));
            } else {
                form.fields().stream()
                        .filter(f -> !choosing.startsWith("group:") || choosing.equals("group:" + f.group()))
                        .forEach(f -> choices.add(Map.entry("field:" + f.name(), label(run, f))));
            }
            choices.add(Map.entry("cancel", run.text("engine.form.cancel", Map.of())));
            return choices;
        }
        Form.Field field = asking(run, step);
        if (field == null) {
            choices.add(Map.entry("generate", run.text("engine.form.generate", Map.of())));
            choices.add(Map.entry("change", run.text("engine.form.change", Map.of())));
            choices.add(Map.entry("menu", run.text("common.menu", Map.of())));
            return choices;
        }
        String current = slots.get(field.slot());
        if (field.name().equals(slots.get(COLLECTING))) {
            choices.add(Map.entry("done", run.text("engine.form.done", Map.of())));
        } else if (current != null) {
            choices.add(Map.entry("keep", run.text("engine.keep", Map.of("value", shown(run, field, current)))));
        } else if (suggestion(run, field) != null) {
            choices.add(Map.entry("use", run.text("engine.form.use", Map.of("value", suggestion(run, field)))));
        }
        if (!field.required()) {
            choices.add(Map.entry("skip", run.text("engine.form.skip", Map.of())));
        }
        return choices;
    }

    /**
     * Does what the chosen code says and says what the form needs next; returns where the user goes instead (the
     * main menu, or the step's next with the document in hand), or null when they stay at the form.
     */
    Position.Target choose(Run run, Step step, String code) {
        run.state = run.state.pushBack(run.state.where());
        switch (code.startsWith("field:") ? "field" : code.startsWith("group:") ? "group" : code) {
            case "group" -> run.setSlots(Run.changes(CHOOSING, code));
            case "field" -> run.setSlots(Run.changes(CHOOSING, null, COLLECTING, null, EDITING, code.substring("field:".length())));
            case "cancel", "keep", "done" -> run.setSlots(Run.changes(CHOOSING, null, COLLECTING, null, EDITING, null));
            case "skip" -> run.setSlots(Run.changes(asking(run, step).slot(), null, COLLECTING, null, EDITING, null));
            case "change" -> run.setSlots(Run.changes(CHOOSING, "1"));
            case "use" -> {
                Form.Field field = asking(run, step);
                if (field != null && suggestion(run, field) != null) {
                    run.setSlots(Run.changes(field.slot(), suggestion(run, field), COLLECTING, null, EDITING, null));
                }
            }
            case "menu" -> {
                return Position.Target.to(DialogSet.MAIN_MENU);
            }
            default -> {
                clearProgress(run);
                // Which letters were made, and when, is kept too: the user's data summary lists them.
                run.setSlots(Run.changes(KeptData.LETTERS_MADE,
                        KeptData.withLetter(run.state.slots().get(KeptData.LETTERS_MADE), step.form(), run.at)));
                run.reply(new Reply(run.text("engine.form.ready", Map.of()), List.of(),
                        new Document(step.form(), run.state.locale())));
                return Position.Target.parse(step.next());
            }
        }
        prompt(run, step);
        return null;
    }

    /** Keeps a field's answer (one more item of a field of several) and says what the form needs next. */
    void answered(Run run, Step step, String slot, String value) {
        run.state = run.state.pushBack(run.state.where());
        Form.Field field = asking(run, step);
        if (field != null && field.many()) {
            // Items come one message at a time: the first replaces what was there, the next ones add to it.
            String earlier = run.state.slots().get(slot);
            boolean adding = field.name().equals(run.state.slots().get(COLLECTING)) && earlier != null;
            String all = adding ? earlier + "\n" + value : value;
            run.setSlots(Run.changes(slot, all, COLLECTING, field.name(), EDITING, field.name()));
            run.say("engine.form.more", Map.of("count", String.valueOf(all.split("\n").length)));
        } else {
            run.setSlots(Run.changes(slot, value, COLLECTING, null, EDITING, null));
            prompt(run, step);
        }
    }

    private static void clearProgress(Run run) {
        Map<String, String> cleared = new HashMap<>();
        run.state.slots().keySet().stream().filter(s -> s.startsWith("_form.")).forEach(s -> cleared.put(s, null));
        run.setSlots(cleared);
    }

    /** What the journey already knows for a field not yet answered, offered as its answer; null if nothing. */
    private static String suggestion(Run run, Form.Field field) {
        String known = field.suggest() == null ? null : run.state.slots().get(field.suggest());
        return known == null || known.isBlank() ? null : known;
    }

    private static String label(Run run, Form.Field field) {
        return field.label().getOrDefault(run.state.locale(), field.name());
    }

    private static String shown(Run run, Form.Field field, String value) {
        return field.type() == SlotType.YES_NO ? run.text("engine.answer." + value, Map.of()) : value;
    }
}
