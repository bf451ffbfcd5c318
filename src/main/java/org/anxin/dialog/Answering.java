package org.anxin.dialog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the waiting step does with the user's answer: an option picked (a button, its number or its words), a typed
 * answer checked against the question and kept, or words that answer neither, read for the need they may show.
 */
final class Answering {

    static final List<String> MESSAGES = List.of("engine.stale_button", "engine.too_long", "engine.out_of_range",
            "engine.not_understood", "understand.did_you_mean", "understand.none");
    /** Said when a typed answer does not fit its question, by kind: {@code engine.reask.money}. */
    static final List<String> REASK = Arrays.stream(SlotType.values())
            .map(type -> "engine.reask." + type.yamlName()).toList();
    /** A text answer's default limit when its step sets none. */
    static final int MAX_TEXT = 2000;

    private final Map<String, Intent> intents;
    private final Options options;
    private final Forms forms;
    private final Navigation navigation;

    Answering(Map<String, Intent> intents, Options options, Forms forms, Navigation navigation) {
        this.intents = intents;
        this.options = options;
        this.forms = forms;
        this.navigation = navigation;
    }

    /** A pressed button: taken when it was shown at the waiting step, else the step is shown again. */
    void pick(Run run, UserInput.Pick pick) {
        Step step = run.current();
        if (step == null) {
            navigation.enter(run, Navigation.START);
        } else if (!run.state.position().equals(pick.position())
                || options.at(run, step).stream().noneMatch(o -> o.key().equals(pick.key()))) {
            run.say("engine.stale_button");
            navigation.prompt(run, step);
        } else {
            choose(run, step, pick.key());
        }
    }

    /** The option numbered {@code key} at the step: a guess, a form's choice, "keep", or one of the step's choices. */
    void choose(Run run, Step step, String key) {
        int index = Integer.parseInt(key) - 1;
        if (options.guessing(run)) {
            List<String> guessed = options.guesses(run);
            options.forgetGuesses(run);
            if (index < guessed.size()) {
                navigation.leaveFor(run, Position.Target.parse(intents.get(guessed.get(index)).target()));
            } else {
                run.say("understand.none");
                navigation.prompt(run, step);
            }
            return;
        }
        if (step.form() != null) {
            Position.Target away = forms.choose(run, step, forms.choices(run, step).get(index).getKey());
            if (away != null) {
                navigation.enter(run, away);
            } else {
                navigation.offer(run, step);
            }
            return;
        }
        if (options.keeps(run, step)) {
            if (index == 0) {
                navigation.advance(run, step, run.state.slots().get(step.ask().slot()), step.next());
                return;
            }
            index--;
        }
        Choice choice = step.choices().get(index);
        String value = step.ask() == null ? null
                : choice.value() != null ? choice.value() : run.text(choice.label(), Map.of());
        choice.set().forEach((slot, v) -> run.state = run.state.withSlot(slot, v));
        navigation.advance(run, step, value, choice.target() != null ? choice.target() : step.next());
    }

    /** Whether the text is a well-formed answer of the kind asked (a date, an amount), whatever its range. */
    boolean answerable(Run run, Ask ask, String text) {
        return Answers.parse(ask.type(), text, run.at, run.zone()).isPresent();
    }

    /** A typed answer: kept and the step left when it fits, else what is wrong is said and the question asked again. */
    void answer(Run run, Step step, String text) {
        Ask ask = options.asking(run, step);
        long maxLength = ask.type() == SlotType.TEXT && ask.max() != null ? ask.max() : MAX_TEXT;
        if (text.length() > maxLength) {
            run.say("engine.too_long", Map.of("max", String.valueOf(maxLength)));
            navigation.prompt(run, step);
            return;
        }
        Optional<String> value = Answers.parse(ask.type(), text, run.at, run.zone());
        if (value.isEmpty()) {
            run.say(ask.reask() != null ? ask.reask() : "engine.reask." + ask.type().yamlName());
            navigation.prompt(run, step);
            return;
        }
        if (!withinRange(ask, value.get())) {
            run.say("engine.out_of_range");
            navigation.prompt(run, step);
            return;
        }
        if (step.form() != null) {
            forms.answered(run, step, ask.slot(), value.get());
            navigation.offer(run, step);
        } else {
            navigation.advance(run, step, value.get(), step.next());
        }
    }

    private static boolean withinRange(Ask ask, String value) {
        if (ask.type() != SlotType.NUMBER && ask.type() != SlotType.MONEY) {
            return true;
        }
        BigDecimal v = new BigDecimal(value);
        return (ask.min() == null || v.compareTo(BigDecimal.valueOf(ask.min())) >= 0)
                && (ask.max() == null || v.compareTo(BigDecimal.valueOf(ask.max())) <= 0);
    }

    /**
     * Typed words where a choice was expected: go where they clearly point; offer the likely needs when unsure;
     * ask the question again only when nothing fits.
     */
    void understood(Run run, Step step, Reading reading) {
        List<String> likely = reading.intents().stream().filter(intents::containsKey).limit(3).toList();
        if (likely.isEmpty() || step.form() != null || DialogSet.URGENT_FLOW.equals(run.state.flow())) {
            run.say("engine.not_understood");
            navigation.prompt(run, step);
        } else if (reading.sure() && likely.get(0).equals(reading.intents().get(0))) {
            navigation.leaveFor(run, Position.Target.parse(intents.get(likely.get(0)).target()));
        } else {
            options.guess(run, likely);
            run.say("understand.did_you_mean");
            navigation.offer(run, step);
        }
    }
}
