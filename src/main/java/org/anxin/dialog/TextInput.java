package org.anxin.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed text, read in order: too long is refused; a command runs; distress, by the reviewed rules or by what read
 * the message, leads to urgent help before anything else; a first message goes where it points; then the words
 * are matched against the waiting step: an option's number or whole label, a typed answer, a part of a label, and
 * only then the need they may show. Traditional characters move a conversation in simplified Chinese to them.
 */
final class TextInput {

    static final List<String> MESSAGES = List.of("engine.too_long", "engine.lang_detected", "evidence.threat_noted",
            "urgent.noticed", "engine.moved", "engine.empty");

    private final DialogSet dialogs;
    private final Map<String, Intent> intents;
    private final Options options;
    private final Navigation navigation;
    private final Answering answering;
    private final Commands commands;

    TextInput(DialogSet dialogs, Map<String, Intent> intents, Options options, Navigation navigation,
            Answering answering, Commands commands) {
        this.dialogs = dialogs;
        this.intents = intents;
        this.options = options;
        this.navigation = navigation;
        this.answering = answering;
        this.commands = commands;
    }

    void read(Run run, String raw, Reading reading) {
        String text = clean(raw);
        if (text.length() > DialogEngine.MAX_INPUT) {
            run.say("engine.too_long", Map.of("max", String.valueOf(DialogEngine.MAX_INPUT)));
            navigation.promptOrStart(run);
            return;
        }
        boolean switchedScript = followWriting(run, text);
        Optional<Command> command = commands.parse(text);
        if (command.isPresent()) {
            if (switchedScript) {
                run.say("engine.lang_detected");
            }
            commands.run(run, command.get());
            return;
        }
        if (urgentFirst(run, text, reading, switchedScript)) {
            return;
        }
        if (!run.state.started()) {
            // A first message that says what the user needs goes there (behind the consent notice).
            boolean clear = reading.sure() && intents.containsKey(reading.intents().get(0));
            navigation.enter(run, clear ? Position.Target.parse(intents.get(reading.intents().get(0)).target()) : Navigation.START);
            return;
        }
        Step step = run.current();
        if (step == null) {
            run.say("engine.moved");
            navigation.enter(run, Position.Target.to(DialogSet.MAIN_MENU));
            return;
        }
        if (text.isEmpty()) {
            run.say("engine.empty");
            navigation.prompt(run, step);
            return;
        }
        answerAt(run, step, text, reading);
    }

    /**
     * The reviewed rules are a safety net under whatever read the message: they can only add concern. What else read
     * it is set aside when the words plainly answer the question (a button's label, a date, an amount), and asks no
     * question where a typed answer is expected. True when urgent help took the turn.
     */
    private boolean urgentFirst(Run run, String text, Reading reading, boolean switchedScript) {
        Reading.Concern concern = Distress.detected(text) ? Reading.Concern.URGENT : Reading.Concern.NONE;
        if (!answersTheQuestion(run, text)) {
            Reading.Concern read = reading.concern();
            concern = concern.atLeast(read == Reading.Concern.UNSURE && options.expectsTypedAnswer(run) ? Reading.Concern.NONE : read);
        }
        if (switchedScript && concern == Reading.Concern.NONE) {
            // Said first, so that someone written to in traditional characters knows why, and how to go back; never
            // before urgent help, which comes first.
            run.say("engine.lang_detected");
        }
        if (concern == Reading.Concern.URGENT && pastesEvidence(run)) {
            // A collector's threat pasted into the evidence locker is evidence: it is kept, with a word on help.
            run.say("evidence.threat_noted");
        } else if (concern == Reading.Concern.URGENT && !quotedAnswer(run)) {
            // Urgent help comes first, from any step: the answer is not stored, and /back returns here. Inside urgent
            // help already, the crisis lines are said again rather than "I didn't understand".
            run.say("urgent.noticed");
            options.forgetGuesses(run);
            if (inUrgentHelp(run) && run.current() != null && !run.state.step().equals(DialogSet.SAFETY_CHECK)) {
                navigation.present(run);
            } else {
                navigation.leaveFor(run, Position.Target.startOf(DialogSet.URGENT_FLOW));
            }
            return true;
        } else if (concern == Reading.Concern.UNSURE && !quotedAnswer(run) && !inUrgentHelp(run)
                && !run.state.progress().safetyDeclined()) {
            // Not sure: ask directly and kindly, as a crisis counselor would, rather than pass over it.
            navigation.leaveFor(run, Position.Target.to(DialogSet.URGENT_CHECK));
            return true;
        }
        return false;
    }

    /**
     * An option's number or whole label wins; then a typed answer; only then a part of a label, so that typing 500
     * where "Keep: 1500" is offered is a new answer, not a pick of the old one.
     */
    private void answerAt(Run run, Step step, String text, Reading reading) {
        List<Reply.Option> offered = options.at(run, step);
        Ask ask = options.asking(run, step);
        boolean typedAnswer = ask != null && ask.type() != SlotType.CHOICE;
        Optional<Reply.Option> picked = matchExactly(text, offered);
        if (picked.isEmpty() && !(typedAnswer && answering.answerable(run, ask, text))) {
            picked = matchPart(text, offered);
        }
        if (picked.isEmpty() && DialogSet.URGENT_CHECK.equals(run.state.where())) {
            // The direct question answered in words: 是的, 有, 想过 … mean yes, 没有, 不是 … mean no.
            Optional<String> yesNo = Answers.parse(SlotType.YES_NO, text, run.at, run.zone());
            String key = yesNo.map(v -> v.equals("yes") ? "1" : "2")
                    .orElse(ChineseScript.toSimplified(text).contains("想过") ? "1" : null);
            picked = key == null ? Optional.empty() : offered.stream().filter(o -> o.key().equals(key)).findFirst();
        }
        if (picked.isEmpty() && options.guessing(run)) {
            // Typed past the offered guesses: read it against the question itself.
            options.forgetGuesses(run);
            List<Reply.Option> own = options.at(run, step);
            picked = matchExactly(text, own).or(() -> matchPart(text, own));
        }
        if (picked.isPresent()) {
            answering.choose(run, step, picked.get().key());
        } else if (typedAnswer) {
            answering.answer(run, step, text);
        } else {
            answering.understood(run, step, reading);
        }
    }

    /**
     * Answers in the writing the user types: a message in traditional characters moves a conversation in simplified
     * Chinese to traditional, unless the user chose the language with /lang. A collector's words pasted as evidence
     * are not the user's writing, and commands have none. True when it switched.
     */
    private boolean followWriting(Run run, String text) {
        String source = dialogs.messages().convertedFrom().get(ChineseScript.TRADITIONAL);
        if (!run.state.locale().equals(source) || run.state.progress().languageChosen()
                || text.startsWith("/") || quotedAnswer(run) || !ChineseScript.writtenInTraditional(text)) {
            return false;
        }
        run.state = run.state.withLocale(ChineseScript.TRADITIONAL);
        return true;
    }

    /** Whether the text picks an option the user was offered, or is a well-formed date, amount or the like asked for. */
    private boolean answersTheQuestion(Run run, String text) {
        Step step = run.current();
        if (step == null) {
            return false;
        }
        List<Reply.Option> offered = options.at(run, step);
        Ask ask = options.asking(run, step);
        boolean structured = ask != null && ask.type() != SlotType.TEXT && ask.type() != SlotType.CHOICE;
        return matchExactly(text, offered).isPresent() || structured && answering.answerable(run, ask, text)
                || matchPart(text, offered).isPresent();
    }

    /** Whether the conversation is in urgent help already, where the crisis lines are one tap away. */
    private static boolean inUrgentHelp(Run run) {
        return DialogSet.URGENT_FLOW.equals(run.state.flow());
    }

    /** Whether the waiting step asks for someone else's words, whose threats are not the user's distress. */
    private static boolean quotedAnswer(Run run) {
        Step step = run.current();
        return step != null && step.ask() != null && step.ask().quoted();
    }

    /** Whether the conversation waits for a collector's words to keep in the evidence locker. */
    private boolean pastesEvidence(Run run) {
        return dialogs.keepsFiles(run.state.flow()) && quotedAnswer(run);
    }

    /** Takes out control characters (keeping line breaks and tabs) and surrounding blanks. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(raw.length(), DialogEngine.MAX_INPUT + 1));
        raw.codePoints().limit(DialogEngine.MAX_INPUT + 1L).forEach(cp -> {
            if (Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().strip();
    }

    /** The option whose number or whole label was typed. */
    static Optional<Reply.Option> matchExactly(String text, List<Reply.Option> options) {
        String wanted = normalize(text);
        return options.stream()
                .filter(o -> !wanted.isEmpty() && (o.key().equals(text.strip()) || normalize(o.label()).equals(wanted)))
                .findFirst();
    }

    /** The one option whose label contains what was typed (two characters at least), if just one does. */
    static Optional<Reply.Option> matchPart(String text, List<Reply.Option> options) {
        String wanted = normalize(text);
        if (wanted.codePointCount(0, wanted.length()) < 2) {
            return Optional.empty();
        }
        List<Reply.Option> containing = options.stream().filter(o -> normalize(o.label()).contains(wanted)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    /** Compared in simplified characters, so that 投訴 picks 投诉 and the other way round. */
    private static String normalize(String s) {
        return ChineseScript.toSimplified(s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", ""));
    }
}
