package org.anxin.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a waiting step offers and asks: its options as shown (numbered, in the user's language, urgent help and the
 * main menu marked for the channels), the question it is asking now, and the bot's guesses of what a typed message
 * meant, which stand in for the step's options until the next input.
 */
final class Options {

    static final List<String> MESSAGES = List.of("engine.keep", "engine.answer.yes", "engine.answer.no",
            "understand.none_of_these");
    private final Map<String, Intent> intents;
    private final Forms forms;

    Options(Map<String, Intent> intents, Forms forms) {
        this.intents = intents;
        this.forms = forms;
    }

    /** The options shown at a step, numbered from 1: the guesses on offer, a form's choices, or the step's. */
    List<Reply.Option> at(Run run, Step step) {
        if (guessing(run)) {
            List<Reply.Option> guessed = new ArrayList<>();
            for (String id : guesses(run)) {
                guessed.add(new Reply.Option(String.valueOf(guessed.size() + 1), run.text(intents.get(id).label(), Map.of())));
            }
            guessed.add(new Reply.Option(String.valueOf(guessed.size() + 1), run.text("understand.none_of_these", Map.of())));
            return guessed;
        }
        if (step.form() != null) {
            List<Map.Entry<String, String>> choices = forms.choices(run, step);
            List<Reply.Option> numbered = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                numbered.add(new Reply.Option(String.valueOf(i + 1), choices.get(i).getValue()));
            }
            return numbered;
        }
        List<Reply.Option> options = new ArrayList<>();
        // An answer given before comes first, as "Keep: …", so going back and on again is one tap.
        Ask ask = step.ask();
        if (keeps(run, step)) {
            String shown = ask.type() == SlotType.YES_NO
                    ? run.text("engine.answer." + run.state.slots().get(ask.slot()), Map.of())
                    : run.state.slots().get(ask.slot());
            options.add(new Reply.Option("1", run.text("engine.keep", Map.of("value", shown))));
        }
        for (Choice choice : step.choices()) {
            options.add(new Reply.Option(String.valueOf(options.size() + 1),
                    run.text(choice.label(), run.state.slots()), role(choice)));
        }
        return options;
    }

    /** Urgent help and the way back to the menu are set apart by the channels; other choices have no role. */
    private static String role(Choice choice) {
        Position.Target target = Position.Target.parse(choice.target());
        if (target == null || !target.namesFlow()) {
            return null;
        }
        if (target.flow().equals(DialogSet.URGENT_FLOW)) {
            return Reply.Option.URGENT;
        }
        return target.equals(Position.Target.to(DialogSet.MAIN_MENU)) ? Reply.Option.MENU : null;
    }

    /** Whether the step offers to keep an answer given before. */
    boolean keeps(Run run, Step step) {
        Ask ask = step.ask();
        return ask != null && ask.type() != SlotType.CHOICE && run.state.slots().containsKey(ask.slot());
    }

    /** The question a step is asking now: its own, or the field its form is filling; null when it asks none. */
    Ask asking(Run run, Step step) {
        if (step.form() == null) {
            return step.ask();
        }
        Form.Field field = forms.asking(run, step);
        return field == null ? null : new Ask(field.slot(), field.type(), null, null, null, false, step.at());
    }

    /** Whether the waiting step asks for a typed answer (what happened, a date, an amount) rather than a pick. */
    boolean expectsTypedAnswer(Run run) {
        Step step = run.current();
        Ask ask = step == null ? null : asking(run, step);
        return ask != null && ask.type() != SlotType.CHOICE;
    }

    /** Offers the likely needs a typed message may mean, instead of the step's options, until the next input. */
    void guess(Run run, List<String> likely) {
        run.state = run.state.withProgress(run.state.progress().guessing(likely));
    }

    /** Whether the bot is offering its guesses of what a typed message meant. */
    boolean guessing(Run run) {
        return !run.state.progress().guesses().isEmpty();
    }

    /** The needs on offer; one the dialogs no longer have (changed since the offer) is left out. */
    List<String> guesses(Run run) {
        return run.state.progress().guesses().stream().filter(intents::containsKey).toList();
    }

    /** Guesses hold for the next input only: any move, command or other answer withdraws them. */
    void forgetGuesses(Run run) {
        if (guessing(run)) {
            run.state = run.state.withProgress(run.state.progress().guessing(List.of()));
        }
    }
}
