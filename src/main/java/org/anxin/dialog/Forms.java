package org.anxin.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Filling a form: ask each required field not yet known, then list all fields for review; from the review the user
 * fills in or changes any one field (an optional one can be left empty), or takes the document and goes on to the
 * step's next. Where the form stands is kept in the state's {@link Progress.FormState}, never among the answers, and
 * so are the letters made. Forms never move the conversation themselves: where a choice leads away, they say where,
 * and the navigation goes there.
 */
final class Forms {

    static final List<String> MESSAGES = List.of("engine.form.ask", "engine.form.ask_optional", "engine.form.hint",
            "engine.form.review", "engine.form.line", "engine.form.missing", "engine.form.joiner", "engine.form.use",
            "engine.form.which", "engine.form.cancel", "engine.form.generate", "engine.form.change", "engine.form.skip",
            "engine.form.ready", "engine.form.more", "engine.form.done", "engine.keep", "engine.answer.yes",
            "engine.answer.no", "common.menu");
    /** Each group a form's fields are changed under has its name here, {@code engine.form.group.you}. */
    static final String GROUP_PREFIX = "engine.form.group.";
    /** Forms with more fields than this are changed group by group. */
    private static final int GROUPED_FROM = 6;

    private final DialogSet dialogs;

    Forms(DialogSet dialogs) {
        this.dialogs = dialogs;
    }

    private Form form(Step step) {
        return dialogs.forms().get(step.form());
    }

    /** On entering the step: a fresh start, then what the form needs first. */
    void start(Run run, Step step) {
        set(run, Progress.FormState.NONE);
        prompt(run, step);
    }

    /** The field being asked now; null in the review or while the user picks a field to change. */
    Form.Field asking(Run run, Step step) {
        Progress.FormState at = at(run);
        if (at.choosing()) {
            return null;
        }
        Form form = form(step);
        Map<String, String> slots = run.state.slots();
        String editing = at.editing();
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
        if (at(run).choosing()) {
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
        Progress.FormState at = at(run);
        if (at.choosing()) {
            // A long form is changed group by group (you, the loan, what happened, other), so no screen holds a
            // dozen buttons.
            String group = at.group();
            if (group == null && form.fields().size() > GROUPED_FROM && form.groups().size() > 1) {
                form.groups().forEach(g -> choices.add(Map.entry("group:" + g, run.text(GROUP_PREFIX + g, Map.of()))));
            } else {
                form.fields().stream()
                        .filter(f -> group == null || group.equals(f.group()))
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
        String current = run.state.slots().get(field.slot());
        if (field.name().equals(at.collecting())) {
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
            case "group" -> set(run, Progress.FormState.choosingIn(code.substring("group:".length())));
            case "field" -> set(run, Progress.FormState.editing(code.substring("field:".length())));
            case "cancel", "keep", "done" -> set(run, Progress.FormState.NONE);
            case "skip" -> {
                run.setSlots(Run.changes(asking(run, step).slot(), null));
                set(run, Progress.FormState.NONE);
            }
            case "change" -> set(run, Progress.FormState.choosingIn(null));
            case "use" -> {
                Form.Field field = asking(run, step);
                if (field != null && suggestion(run, field) != null) {
                    run.setSlots(Run.changes(field.slot(), suggestion(run, field)));
                    set(run, Progress.FormState.NONE);
                }
            }
            case "menu" -> {
                return Position.Target.to(DialogSet.MAIN_MENU);
            }
            default -> {
                set(run, Progress.FormState.NONE);
                // Which letters were made, and when, is kept too: the user's data summary lists them.
                run.state = run.state.withLetterMade(step.form(), run.at);
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
            boolean adding = field.name().equals(at(run).collecting()) && earlier != null;
            String all = adding ? earlier + "\n" + value : value;
            run.setSlots(Run.changes(slot, all));
            set(run, Progress.FormState.collecting(field.name()));
            run.say("engine.form.more", Map.of("count", String.valueOf(all.split("\n").length)));
        } else {
            run.setSlots(Run.changes(slot, value));
            set(run, Progress.FormState.NONE);
            prompt(run, step);
        }
    }

    private static Progress.FormState at(Run run) {
        return run.state.progress().form();
    }

    private static void set(Run run, Progress.FormState form) {
        run.state = run.state.withProgress(run.state.progress().withForm(form));
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
