package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the flows of a {@link DialogSet}: given a conversation's state and one turn it returns the next state and
 * the replies. Pure: no I/O, no clock, no shared mutable state, so one instance serves every conversation.
 */
public final class DialogEngine {

    /** Where a user who has not agreed yet was heading: they go on there once they agree. */
    private static final String CONSENT_THEN = "_consent.then";
    /** The longest message read at all; longer ones are refused kindly and change nothing. */
    public static final int MAX_INPUT = 4000;
    /** A text answer's default limit when its step sets none. */
    static final int MAX_TEXT = 2000;
    /** Where a hand-off link put the name of the organisation that sent the user; flows test it to offer sharing. */
    public static final String REFERRAL_ORG = "handoff.org";
    /** Slots only a hand-off link fills; the validator counts them as collected. */
    public static final Set<String> REFERRAL_SLOTS = Set.of(REFERRAL_ORG);
    /** Steps entered in one turn without waiting; the validator keeps flows far below it. */
    private static final int MAX_HOPS = 64;
    /** The step of urgent help that asks directly whether the user thinks of hurting themselves. */
    public static final String SAFETY_CHECK = "check";
    /** Set when the user answered the direct question with "no": an uncertain sign is not asked about again. */
    private static final String SAFETY_DECLINED = "_safety.declined";
    /** The needs the bot offers when it is unsure what a typed message meant, comma-separated intent ids. */
    private static final String GUESSES = "_guess";
    /** Set once the user chose a language with /lang: from then on the writing typed never changes it. */
    private static final String LANGUAGE_CHOSEN = "_lang.chosen";
    /** What the bot says on switching to a language, followed by that language's locale: each names its own. */
    public static final String LANG_SWITCHED = "engine.lang_switched.";

    private final DialogSet dialogs;
    private final Map<String, Action> actions;
    private final Map<String, Intent> intents;

    public DialogEngine(DialogSet dialogs, Map<String, Action> actions) {
        this(dialogs, actions, Map.of());
    }

    /** {@code intents}: the needs a typed message may be read as, by id, and where each leads. */
    public DialogEngine(DialogSet dialogs, Map<String, Action> actions, Map<String, Intent> intents) {
        this.dialogs = dialogs;
        this.actions = Map.copyOf(actions);
        this.intents = Map.copyOf(intents);
    }

    public Map<String, Intent> intents() {
        return intents;
    }

    public DialogSet dialogs() {
        return dialogs;
    }

    public Set<String> actionNames() {
        return actions.keySet();
    }

    /** A conversation that has not started yet, in the wished locale if the bot speaks it. */
    public DialogState newState(String localeWish, String zone) {
        String locale = Optional.ofNullable(dialogs.messages().resolveLocale(localeWish))
                .orElse(dialogs.messages().defaultLocale());
        return DialogState.fresh(locale, zone);
    }

    public Outcome step(DialogState state, Turn turn) {
        Run run = new Run(state, turn.at());
        UserInput input = turn.input();
        if (input instanceof UserInput.Text text) {
            run.text(text.text(), text.reading() != null ? text.reading() : Reading.NOTHING);
        } else if (input instanceof UserInput.Pick pick) {
            run.pick(pick);
        } else if (input instanceof UserInput.Referral referral) {
            run.referred(referral);
        } else if (input instanceof UserInput.DeadLink) {
            run.deadLink();
        } else if (input instanceof UserInput.Attachment attachment) {
            run.attach(attachment.file());
        } else if (run.state.started() && run.current() != null) {
            run.present();
        } else {
            run.enter(DialogSet.START_FLOW + ":");
        }
        return new Outcome(run.state, run.replies, run.erase);
    }

    /** The work of one turn: the state as it changes and the replies said so far. */
    private final class Run {
        private DialogState state;
        private final Instant at;
        private final List<Reply> replies = new ArrayList<>();
        /** Set when the user confirmed erasing everything: the state is not to be stored. */
        private boolean erase;

        Run(DialogState state, Instant at) {
            this.state = state;
            this.at = at;
        }

        Step current() {
            return stepAt(state.position());
        }

        void text(String raw, Reading reading) {
            String text = clean(raw);
            if (text.length() > MAX_INPUT) {
                say("engine.too_long", Map.of("max", String.valueOf(MAX_INPUT)));
                promptOrStart();
                return;
            }
            boolean switchedScript = followWriting(text);
            Optional<Command> command = Command.parse(text, dialogs.messages());
            if (command.isPresent()) {
                if (switchedScript) {
                    say("engine.lang_detected", Map.of());
                }
                run(command.get());
                return;
            }
            // The reviewed rules are a safety net under whatever read the message: they can only add concern. What
            // else read it is set aside when the words plainly answer the question (a button's label, a date, an
            // amount), and asks no question where a typed answer is expected.
            Reading.Concern concern = Distress.detected(text) ? Reading.Concern.URGENT : Reading.Concern.NONE;
            if (!answersTheQuestion(text)) {
                Reading.Concern read = reading.concern();
                concern = concern.atLeast(read == Reading.Concern.UNSURE && expectsTypedAnswer() ? Reading.Concern.NONE : read);
            }
            if (switchedScript && concern == Reading.Concern.NONE) {
                // Said first, so that someone written to in traditional characters knows why, and how to go back;
                // never before urgent help, which comes first.
                say("engine.lang_detected", Map.of());
            }
            if (concern == Reading.Concern.URGENT && pastesEvidence()) {
                // A collector's threat pasted into the evidence locker is evidence: it is kept, with a word on help.
                say("evidence.threat_noted", Map.of());
            } else if (concern == Reading.Concern.URGENT && !quotedAnswer()) {
                // Urgent help comes first, from any step: the answer is not stored, and /back returns here.
                // Inside urgent help already, the crisis lines are said again rather than "I didn't understand".
                say("urgent.noticed", Map.of());
                forgetGuesses();
                if (inUrgentHelp() && current() != null && !state.step().equals(SAFETY_CHECK)) {
                    present();
                } else {
                    leaveFor(DialogSet.URGENT_FLOW + ":");
                }
                return;
            } else if (concern == Reading.Concern.UNSURE && !quotedAnswer() && !inUrgentHelp()
                    && !"yes".equals(state.slots().get(SAFETY_DECLINED))) {
                // Not sure: ask directly and kindly, as a crisis counselor would, rather than pass over it.
                leaveFor(DialogSet.URGENT_FLOW + ":" + SAFETY_CHECK);
                return;
            }
            if (!state.started()) {
                // A first message that says what the user needs goes there (behind the consent notice).
                boolean clear = reading.sure() && intents.containsKey(reading.intents().get(0));
                enter(clear ? intents.get(reading.intents().get(0)).target() : DialogSet.START_FLOW + ":");
                return;
            }
            Step step = current();
            if (step == null) {
                say("engine.moved", Map.of());
                enter(DialogSet.START_FLOW + ":" + DialogSet.MENU_STEP);
                return;
            }
            if (text.isEmpty()) {
                say("engine.empty", Map.of());
                prompt(step);
                return;
            }
            // An option's number or whole label wins; then a typed answer; only then a part of a label, so that
            // typing 500 where "Keep: 1500" is offered is a new answer, not a pick of the old one.
            List<Reply.Option> options = options(step);
            Ask ask = effectiveAsk(step);
            boolean typedAnswer = ask != null && ask.type() != SlotType.CHOICE;
            Optional<Reply.Option> picked = matchExactly(text, options);
            if (picked.isEmpty() && !(typedAnswer && answerable(ask, text))) {
                picked = matchPart(text, options);
            }
            if (picked.isEmpty() && state.position().equals(DialogSet.URGENT_FLOW + ":" + SAFETY_CHECK)) {
                // The direct question answered in words: 是的, 有, 想过 … mean yes, 没有, 不是 … mean no.
                Optional<String> yesNo = Answers.parse(SlotType.YES_NO, text, at, ZoneId.of(state.zone()));
                String key = yesNo.map(v -> v.equals("yes") ? "1" : "2")
                        .orElse(ChineseScript.toSimplified(text).contains("想过") ? "1" : null);
                picked = key == null ? Optional.empty() : options.stream().filter(o -> o.key().equals(key)).findFirst();
            }
            if (picked.isEmpty() && guessing()) {
                // Typed past the offered guesses: read it against the question itself.
                forgetGuesses();
                options = options(step);
                picked = matchExactly(text, options).or(() -> matchPart(text, options(step)));
            }
            if (picked.isPresent()) {
                choose(step, picked.get().key());
            } else if (typedAnswer) {
                answer(step, text);
            } else {
                understood(step, reading);
            }
        }

        /**
         * Answers in the writing the user types: a message in traditional characters moves a conversation in
         * simplified Chinese to traditional, unless the user chose the language with /lang. A collector's words
         * pasted as evidence are not the user's writing, and commands have none. True when it switched.
         */
        private boolean followWriting(String text) {
            String source = dialogs.messages().convertedFrom().get(ChineseScript.TRADITIONAL);
            if (!state.locale().equals(source) || state.slots().containsKey(LANGUAGE_CHOSEN) || text.startsWith("/")
                    || quotedAnswer() || !ChineseScript.writtenInTraditional(text)) {
                return false;
            }
            state = state.withLocale(ChineseScript.TRADITIONAL);
            return true;
        }

        /**
         * Typed words where a choice was expected: go where they clearly point; offer the likely needs when unsure;
         * ask the question again only when nothing fits.
         */
        private void understood(Step step, Reading reading) {
            List<String> likely = reading.intents().stream().filter(intents::containsKey).limit(3).toList();
            if (likely.isEmpty() || step.form() != null || inUrgentHelp()) {
                say("engine.not_understood", Map.of());
                prompt(step);
            } else if (reading.sure() && likely.get(0).equals(reading.intents().get(0))) {
                leaveFor(intents.get(likely.get(0)).target());
            } else {
                setSlots(changes(GUESSES, String.join(",", likely)));
                say("understand.did_you_mean", Map.of());
                attachOptions(step);
            }
        }

        /** Whether the bot is offering its guesses of what a typed message meant. */
        private boolean guessing() {
            return state.slots().containsKey(GUESSES);
        }

        /** Guesses hold for the next input only: any move, command or other answer withdraws them. */
        private void forgetGuesses() {
            if (guessing()) {
                setSlots(changes(GUESSES, null));
            }
        }

        /**
         * Whether the waiting question asks for a typed answer (what happened, a date, an amount): there the user
         * answers or describes what others did, and only a clear sign of distress interrupts.
         */
        private boolean expectsTypedAnswer() {
            Step step = state.started() ? current() : null;
            Ask ask = step == null ? null : effectiveAsk(step);
            return ask != null && ask.type() != SlotType.CHOICE;
        }

        /** Whether the text picks an option the user was offered, or is a well-formed date, amount or the like asked for. */
        private boolean answersTheQuestion(String text) {
            Step step = state.started() ? current() : null;
            if (step == null) {
                return false;
            }
            List<Reply.Option> options = options(step);
            Ask ask = effectiveAsk(step);
            boolean structured = ask != null && ask.type() != SlotType.TEXT && ask.type() != SlotType.CHOICE;
            return matchExactly(text, options).isPresent() || structured && answerable(ask, text)
                    || matchPart(text, options).isPresent();
        }

        /** Whether the conversation is in urgent help already, where the crisis lines are one tap away. */
        private boolean inUrgentHelp() {
            return DialogSet.URGENT_FLOW.equals(state.flow());
        }

        /** The needs on offer; one the dialogs no longer have (changed since the offer) is left out. */
        private List<String> guesses() {
            return java.util.Arrays.stream(state.slots().get(GUESSES).split(",")).filter(intents::containsKey).toList();
        }

        /** Whether the waiting step asks for someone else's words, whose threats are not the user's distress. */
        private boolean quotedAnswer() {
            Step step = state.started() ? current() : null;
            return step != null && step.ask() != null && step.ask().quoted();
        }

        /** Whether the conversation waits for a collector's words to keep in the evidence locker. */
        private boolean pastesEvidence() {
            return DialogSet.EVIDENCE_FLOW.equals(state.flow()) && quotedAnswer();
        }

        void pick(UserInput.Pick pick) {
            Step step = state.started() ? current() : null;
            if (step == null) {
                enter(DialogSet.START_FLOW + ":");
            } else if (!state.position().equals(pick.position())
                    || options(step).stream().noneMatch(o -> o.key().equals(pick.key()))) {
                say("engine.stale_button", Map.of());
                prompt(step);
            } else {
                choose(step, pick.key());
            }
        }

        /**
         * Keeps a file with the latest incident logged (or in a new one when there is none), while the user is in
         * the evidence flow; elsewhere it says how to keep files and changes nothing.
         */
        void attach(Incident.File file) {
            Step step = state.started() ? current() : null;
            if (step == null || !DialogSet.EVIDENCE_FLOW.equals(state.flow())) {
                say("evidence.file_elsewhere", Map.of());
                promptOrStart();
                return;
            }
            ZoneId zone = ZoneId.of(state.zone());
            List<Incident> incidents = new ArrayList<>(state.evidence());
            Incident latest = incidents.stream().max(java.util.Comparator.comparingInt(Incident::id)).orElse(null);
            Incident kept;
            if (latest == null) {
                java.time.ZonedDateTime received = file.received().atZone(zone);
                String when = new Moment(received.toLocalDate(), received.toLocalTime().withSecond(0).withNano(0), null).slotValue(zone);
                kept = new Incident(1, when, "other", null, null, "", List.of(), List.of(file));
                incidents.add(kept);
            } else {
                // The same file sent twice is recorded once.
                boolean known = latest.files().stream().anyMatch(f -> f.sha256().equals(file.sha256()));
                kept = known ? latest : latest.withFile(file);
                incidents.set(incidents.indexOf(latest), kept);
            }
            state = state.withEvidence(incidents);
            int n = Incident.inOrder(incidents, zone).indexOf(kept) + 1;
            say(latest == null ? "evidence.file_new" : "evidence.file_kept", Map.of("name", file.name(), "n", String.valueOf(n)));
            prompt(step);
        }

        private void choose(Step step, String key) {
            if (guessing()) {
                List<String> guessed = guesses();
                int index = Integer.parseInt(key) - 1;
                forgetGuesses();
                if (index < guessed.size()) {
                    leaveFor(intents.get(guessed.get(index)).target());
                } else {
                    say("understand.none", Map.of());
                    prompt(step);
                }
                return;
            }
            if (step.form() != null) {
                forms.choose(step, formChoices(step).get(Integer.parseInt(key) - 1).getKey());
                return;
            }
            int index = Integer.parseInt(key) - 1;
            if (keeps(step)) {
                if (index == 0) {
                    advance(step, state.slots().get(step.ask().slot()), step.next());
                    return;
                }
                index--;
            }
            Choice choice = step.choices().get(index);
            String value = step.ask() == null ? null
                    : choice.value() != null ? choice.value() : dialogs.messages().text(state.locale(), choice.label(), Map.of());
            choice.set().forEach((slot, v) -> state = state.withSlot(slot, v));
            advance(step, value, choice.target() != null ? choice.target() : step.next());
        }

        private boolean answerable(Ask ask, String text) {
            return Answers.parse(ask.type(), text, at, ZoneId.of(state.zone())).isPresent();
        }

        private void answer(Step step, String text) {
            Ask ask = effectiveAsk(step);
            long maxLength = ask.type() == SlotType.TEXT && ask.max() != null ? ask.max() : MAX_TEXT;
            if (text.length() > maxLength) {
                say("engine.too_long", Map.of("max", String.valueOf(maxLength)));
                prompt(step);
                return;
            }
            Optional<String> value = Answers.parse(ask.type(), text, at, ZoneId.of(state.zone()));
            if (value.isEmpty()) {
                say(ask.reask() != null ? ask.reask() : "engine.reask." + ask.type().yamlName(), Map.of());
                prompt(step);
                return;
            }
            if (!withinRange(ask, value.get())) {
                say("engine.out_of_range", Map.of());
                prompt(step);
                return;
            }
            if (step.form() != null) {
                forms.answered(step, ask.slot(), value.get());
            } else {
                advance(step, value.get(), step.next());
            }
        }

        private boolean withinRange(Ask ask, String value) {
            if (ask.type() != SlotType.NUMBER && ask.type() != SlotType.MONEY) {
                return true;
            }
            java.math.BigDecimal v = new java.math.BigDecimal(value);
            return (ask.min() == null || v.compareTo(java.math.BigDecimal.valueOf(ask.min())) >= 0)
                    && (ask.max() == null || v.compareTo(java.math.BigDecimal.valueOf(ask.max())) <= 0);
        }

        private void advance(Step step, String value, String target) {
            state = state.pushBack(state.position());
            if (step.ask() != null && value != null) {
                state = state.withSlot(step.ask().slot(), value);
            }
            enter(target);
        }

        void run(Command command) {
            forgetGuesses();
            if (!command.known()) {
                say("engine.unknown_command", Map.of());
                promptOrStart();
                return;
            }
            switch (command.kind()) {
                case START -> startFlow(command.argument());
                case MENU -> leaveFor(DialogSet.START_FLOW + ":" + DialogSet.MENU_STEP);
                case URGENT -> leaveFor(DialogSet.URGENT_FLOW + ":");
                case BACK -> back();
                case RESTART -> {
                    // Answers go; a language the user chose stays chosen.
                    Map<String, String> kept = new HashMap<>();
                    Optional.ofNullable(state.slots().get(LANGUAGE_CHOSEN)).ifPresent(v -> kept.put(LANGUAGE_CHOSEN, v));
                    state = state.withSlots(kept).clearBack();
                    say("engine.restarted", Map.of());
                    enter(DialogSet.START_FLOW + ":");
                }
                case HELP -> {
                    say("engine.help", Map.of());
                    promptOrStart();
                }
                case LANG -> language(command.argument());
                case WHY -> explain();
                case MYDATA -> myData();
                case SHARING -> leaveForOptional(DialogSet.HANDOFF_FLOW, "");
                case WITHDRAW -> leaveForOptional(DialogSet.HANDOFF_FLOW, DialogSet.HANDOFF_WITHDRAW);
                case DELETE -> leaveForOptional(DialogSet.ERASE_FLOW, "");
            }
        }

        private void startFlow(String payload) {
            state = state.clearBack();
            String flow = payload.strip().toLowerCase(Locale.ROOT);
            if (!flow.isEmpty() && dialogs.flow(flow) != null) {
                enter(flow + ":");
                return;
            }
            if (!flow.isEmpty()) {
                say("engine.unknown_link", Map.of());
            }
            enter(DialogSet.START_FLOW + ":");
        }

        /** A counselor's link: who sent the user, what the counselor already knows, then the chosen flow. */
        void referred(UserInput.Referral referral) {
            state = state.clearBack();
            Map<String, String> facts = new HashMap<>();
            // Only ordinary answers may come from outside: never the engine's own progress slots.
            referral.facts().forEach((slot, value) -> {
                if (!slot.startsWith("_") && value != null && !value.isBlank()) {
                    facts.put(slot, value);
                }
            });
            facts.put(REFERRAL_ORG, referral.organisation());
            setSlots(facts);
            say("handoff.welcome", Map.of("org", referral.organisation()));
            if (referral.note() != null && !referral.note().isBlank()) {
                say("handoff.note", Map.of("note", referral.note()));
            }
            boolean known = referral.flow() != null && dialogs.flow(referral.flow()) != null;
            enter((known ? referral.flow() : DialogSet.START_FLOW) + ":");
        }

        void deadLink() {
            state = state.clearBack();
            say("handoff.dead_link", Map.of());
            enter(DialogSet.START_FLOW + ":");
        }

        /**
         * Goes to a step (empty: the start) of a flow a dialogs folder may leave out; without it the command is
         * unknown there.
         */
        private void leaveForOptional(String flow, String step) {
            Flow target = dialogs.flow(flow);
            if (target == null || !step.isEmpty() && target.step(step) == null) {
                say("engine.unknown_command", Map.of());
                promptOrStart();
            } else {
                leaveFor(flow + ":" + step);
            }
        }

        /** Goes somewhere else while keeping the way back to the question the user left. */
        private void leaveFor(String target) {
            if (state.started() && current() != null) {
                state = state.pushBack(state.position());
            }
            enter(target);
        }

        /** Goes back to where the user was before this flow (the main menu when they came from nowhere). */
        private void returnFromFlow() {
            String flow = state.flow();
            if (!returnTo(previous -> !previous.startsWith(flow + ":"))) {
                enter(DialogSet.START_FLOW + ":");
            }
        }

        private void back() {
            if (!returnTo(previous -> true)) {
                say("engine.nothing_back", Map.of());
                promptOrStart();
            }
        }

        /**
         * Takes positions off the way back until one that still exists and is {@code wanted}, and asks its question
         * again; false when the way back runs out first.
         */
        private boolean returnTo(java.util.function.Predicate<String> wanted) {
            while (!state.back().isEmpty()) {
                String previous = state.back().get(state.back().size() - 1);
                state = state.popBack();
                if (wanted.test(previous) && stepAt(previous) != null) {
                    String[] parts = previous.split(":", 2);
                    state = state.at(parts[0], parts[1]);
                    present();
                    return true;
                }
            }
            return false;
        }

        private void language(String wish) {
            String locale = dialogs.messages().resolveLocale(wish);
            if (locale == null) {
                say("engine.lang_options", Map.of());
                promptOrStart();
                return;
            }
            state = state.withLocale(locale).withSlot(LANGUAGE_CHOSEN, "yes");
            say(LANG_SWITCHED + locale, Map.of());
            if (state.started() && current() != null) {
                present();
            } else {
                enter(DialogSet.START_FLOW + ":");
            }
        }

        /**
         * Shows what is kept: every answer, by its question's wording where a form names it, and hands over the
         * whole record as files for the channel to deliver.
         */
        private void myData() {
            KeptData kept = new KeptData(dialogs, state);
            KeptData.Answers answers = kept.answers();
            List<String> lines = new ArrayList<>();
            answers.named().forEach(a -> lines.add(text("engine.form.line", Map.of("label", a.label(), "value", a.value()))));
            if (answers.workedOut() > 0) {
                // Sums and wording worked out from the answers: in the file, not worth reading here.
                lines.add(text("engine.mydata.notes", Map.of("count", String.valueOf(answers.workedOut()))));
            }
            if (!state.evidence().isEmpty()) {
                lines.add(text("engine.mydata.evidence", Map.of("incidents", String.valueOf(state.evidence().size()),
                        "files", String.valueOf(state.evidence().stream().mapToInt(i -> i.files().size()).sum()))));
            }
            say(lines.isEmpty() ? "engine.mydata.nothing" : "engine.mydata.summary",
                    Map.of("count", String.valueOf(answers.named().size())));
            if (kept.consented() != null) {
                say("engine.mydata.agreed", Map.of("consent", kept.consented()));
            }
            if (!lines.isEmpty()) {
                replies.add(Reply.text(String.join("\n", lines)));
            }
            replies.add(new Reply(text("engine.mydata.file", Map.of()), List.of(), new Document(Document.MY_DATA, state.locale())));
            promptOrStart();
        }

        /** Shows where the facts just stated come from: each cited entry, its official source and site. */
        private void explain() {
            List<Fact> facts = state.cited().stream().map(id -> dialogs.facts().get(id)).filter(f -> f != null).toList();
            if (facts.isEmpty()) {
                say("engine.why_none", Map.of());
            }
            for (Fact fact : facts) {
                say(fact.site() == null ? "engine.source" : "engine.source_site", Map.of(
                        "title", fact.title().getOrDefault(state.locale(), ""),
                        "text", fact.text().getOrDefault(state.locale(), ""),
                        "source", fact.source().getOrDefault(state.locale(), ""),
                        "site", fact.site() == null ? "" : fact.site()));
            }
            promptOrStart();
        }

        /** Says the current step again, in full. */
        void present() {
            Step step = current();
            state = state.citing(step.cite());
            for (String key : step.say()) {
                say(key, Map.of());
            }
            if (step.form() != null) {
                forms.prompt(step);
            }
            attachOptions(step);
        }

        /** Shows the current step's options again, under what was just said. */
        private void prompt(Step step) {
            if (replies.isEmpty() || options(step).isEmpty()) {
                present();
            } else {
                attachOptions(step);
            }
        }

        private void promptOrStart() {
            Step step = state.started() ? current() : null;
            if (step == null) {
                enter(DialogSet.START_FLOW + ":");
            } else {
                prompt(step);
            }
        }

        /** Enters a target ({@code step}, {@code flow:step} or {@code flow:}) and goes on until a step waits. */
        void enter(String target) {
            forgetGuesses();
            List<String> cited = new ArrayList<>();
            for (int hops = 0; hops < MAX_HOPS; hops++) {
                if (Choice.BACK.equals(target)) {
                    returnFromFlow();
                    return;
                }
                String position = consentFirst(resolve(target));
                if (position.equals(DialogSet.CONSENT_FLOW + ":" + DialogSet.CONSENT_AGREED)) {
                    // Agreed: record when, and go on to where the user was heading.
                    state = state.consenting(at.toString());
                    target = Optional.ofNullable(state.slots().get(CONSENT_THEN)).orElse(DialogSet.START_FLOW + ":");
                    setSlots(changes(CONSENT_THEN, null));
                    continue;
                }
                if (position.equals(DialogSet.ERASE_FLOW + ":" + DialogSet.ERASE_DONE)) {
                    erase = true;
                    state = DialogState.fresh(state.locale(), state.zone());
                }
                String[] parts = position.split(":", 2);
                state = state.at(parts[0], parts[1]);
                Step step = current();
                cited.addAll(step.cite());
                state = state.citing(cited);
                for (String key : step.say()) {
                    say(key, Map.of());
                }
                if (step.picture() != null) {
                    // The picture goes with the step's last message, so its choices still come last.
                    Reply last = replies.isEmpty() ? Reply.text("") : replies.remove(replies.size() - 1);
                    replies.add(new Reply(last.text(), last.choices(), last.document(), step.picture()));
                }
                if (step.action() != null) {
                    applyAction(step.action());
                }
                if (step.waits()) {
                    if (step.form() != null) {
                        forms.start(step);
                    }
                    attachOptions(step);
                    return;
                }
                target = step.branches().stream()
                        .filter(b -> b.when() == null || b.when().test(state.slots()))
                        .map(Branch::target)
                        .findFirst()
                        .orElse(step.next());
            }
            throw new IllegalStateException("more than " + MAX_HOPS + " steps without waiting, at " + state.position());
        }

        /**
         * Where a move really goes: before the user has agreed to what Anxin keeps, every flow but urgent help waits
         * behind the consent notice, which remembers the way on.
         */
        private String consentFirst(String position) {
            String flow = position.substring(0, position.indexOf(':'));
            if (state.consented() || dialogs.flow(DialogSet.CONSENT_FLOW) == null
                    || flow.equals(DialogSet.CONSENT_FLOW) || flow.equals(DialogSet.URGENT_FLOW)
                    || flow.equals(DialogSet.ERASE_FLOW)) {
                return position;
            }
            setSlots(changes(CONSENT_THEN, position));
            return resolve(DialogSet.CONSENT_FLOW + ":");
        }

        private void applyAction(String name) {
            Action.Result result = actions.get(name).apply(new Action.Context(state.slots(), at,
                    ZoneId.of(state.zone()), state.locale(), state.evidence(), dialogs));
            setSlots(result.slots());
            state = state.withEvidence(result.evidence());
        }

        private String resolve(String target) {
            if (!target.contains(":")) {
                return state.flow() + ":" + target;
            }
            if (target.endsWith(":")) {
                String flow = target.substring(0, target.length() - 1);
                return flow + ":" + dialogs.flow(flow).start();
            }
            return target;
        }

        private Step stepAt(String position) {
            int colon = position.indexOf(':');
            Flow flow = colon < 0 ? null : dialogs.flow(position.substring(0, colon));
            return flow == null ? null : flow.step(position.substring(colon + 1));
        }

        /** Urgent help and the way back to the menu are set apart by the channels; other choices have no role. */
        private static String role(Choice choice) {
            String target = choice.target();
            if (target == null) {
                return null;
            }
            if (target.startsWith(DialogSet.URGENT_FLOW + ":")) {
                return Reply.Option.URGENT;
            }
            return target.equals(DialogSet.START_FLOW + ":" + DialogSet.MENU_STEP) ? Reply.Option.MENU : null;
        }

        private List<Reply.Option> options(Step step) {
            if (guessing()) {
                List<Reply.Option> guessed = new ArrayList<>();
                for (String id : guesses()) {
                    guessed.add(new Reply.Option(String.valueOf(guessed.size() + 1), text(intents.get(id).label(), Map.of())));
                }
                guessed.add(new Reply.Option(String.valueOf(guessed.size() + 1), text("understand.none_of_these", Map.of())));
                return guessed;
            }
            if (step.form() != null) {
                List<Map.Entry<String, String>> choices = formChoices(step);
                List<Reply.Option> numbered = new ArrayList<>();
                for (int i = 0; i < choices.size(); i++) {
                    numbered.add(new Reply.Option(String.valueOf(i + 1), choices.get(i).getValue()));
                }
                return numbered;
            }
            List<Reply.Option> options = new ArrayList<>();
            // An answer given before comes first, as "Keep: …", so going back and on again is one tap.
            Ask ask = step.ask();
            if (keeps(step)) {
                String shown = ask.type() == SlotType.YES_NO
                        ? dialogs.messages().text(state.locale(), "engine.answer." + state.slots().get(ask.slot()), Map.of())
                        : state.slots().get(ask.slot());
                options.add(new Reply.Option("1", dialogs.messages().text(state.locale(), "engine.keep", Map.of("value", shown))));
            }
            for (Choice choice : step.choices()) {
                options.add(new Reply.Option(String.valueOf(options.size() + 1),
                        dialogs.messages().text(state.locale(), choice.label(), state.slots()), role(choice)));
            }
            return options;
        }

        /** Whether the step offers to keep an answer given before. */
        private boolean keeps(Step step) {
            Ask ask = step.ask();
            return ask != null && ask.type() != SlotType.CHOICE && state.slots().containsKey(ask.slot());
        }

        /** The question a step is asking now: its own, or the field its form is filling. */
        private Ask effectiveAsk(Step step) {
            if (step.form() == null) {
                return step.ask();
            }
            Form.Field field = forms.asking(step);
            return field == null ? null : new Ask(field.slot(), field.type(), null, null, null, false, step.at());
        }

        private List<Map.Entry<String, String>> formChoices(Step step) {
            return forms.choices(step);
        }

        private final FormRun forms = new FormRun();

        /**
         * Filling a form: ask each required field not yet known, then list all fields for review; from the review the
         * user fills in or changes any one field (an optional one can be left empty), or takes the document and goes
         * on to the step's next.
         * Progress is kept in internal slots beginning with an underscore.
         */
        private final class FormRun {
            private static final String EDITING = "_form.editing";
            private static final String CHOOSING = "_form.choosing";
            /** Forms with more fields than this are changed group by group. */
            private static final int GROUPED_FROM = 6;
            /** A field of several items that is taking them now: each answer adds one. */
            private static final String COLLECTING = "_form.collecting";

            Form form(Step step) {
                return dialogs.forms().get(step.form());
            }

            void start(Step step) {
                clearProgress();
                prompt(step);
            }

            Form.Field asking(Step step) {
                if (state.slots().containsKey(CHOOSING)) {
                    return null;
                }
                Form form = form(step);
                String editing = state.slots().get(EDITING);
                if (editing != null && form.field(editing) != null) {
                    return form.field(editing);
                }
                // Only what the document cannot do without is asked for; optional fields wait in the review.
                return form.fields().stream()
                        .filter(f -> f.required() && !state.slots().containsKey(f.slot()))
                        .findFirst().orElse(null);
            }

            /** Says what the form needs now: which field to change, the next field's question, or the review. */
            void prompt(Step step) {
                Form form = form(step);
                if (state.slots().containsKey(CHOOSING)) {
                    say("engine.form.which", Map.of());
                    return;
                }
                Form.Field field = asking(step);
                if (field != null) {
                    say(field.required() ? "engine.form.ask" : "engine.form.ask_optional", Map.of("label", label(field)));
                    String hint = field.hint().get(state.locale());
                    if (hint != null && !hint.isBlank()) {
                        say("engine.form.hint", Map.of("hint", hint));
                    }
                    return;
                }
                // The review lists what is filled in; what could still be added is named in one line, not as a
                // column of empty fields.
                say("engine.form.review", Map.of("title", form.title().getOrDefault(state.locale(), form.id())));
                StringBuilder lines = new StringBuilder();
                List<String> missing = new ArrayList<>();
                for (Form.Field f : form.fields()) {
                    String value = state.slots().get(f.slot());
                    if (value == null) {
                        missing.add(label(f));
                        continue;
                    }
                    lines.append(lines.isEmpty() ? "" : "\n").append(text("engine.form.line",
                            Map.of("label", label(f), "value", shown(f, value))));
                }
                if (!missing.isEmpty()) {
                    lines.append(lines.isEmpty() ? "" : "\n\n").append(text("engine.form.missing", Map.of("labels",
                            dialogs.messages().join(state.locale(), "engine.form.joiner", missing))));
                }
                replies.add(Reply.text(lines.toString()));
            }

            List<Map.Entry<String, String>> choices(Step step) {
                List<Map.Entry<String, String>> choices = new ArrayList<>();
                Form form = form(step);
                if (state.slots().containsKey(CHOOSING)) {
                    // A long form is changed group by group (you, the loan, what happened, other), so no screen
                    // holds a dozen buttons.
                    String choosing = state.slots().get(CHOOSING);
                    if (!choosing.startsWith("group:") && form.fields().size() > GROUPED_FROM && form.groups().size() > 1) {
                        form.groups().forEach(g -> choices.add(Map.entry("group:" + g, text("engine.form.group." + g, Map.of()))));
                    } else {
                        form.fields().stream()
                                .filter(f -> !choosing.startsWith("group:") || choosing.equals("group:" + f.group()))
                                .forEach(f -> choices.add(Map.entry("field:" + f.name(), label(f))));
                    }
                    choices.add(Map.entry("cancel", text("engine.form.cancel", Map.of())));
                    return choices;
                }
                Form.Field field = asking(step);
                if (field == null) {
                    choices.add(Map.entry("generate", text("engine.form.generate", Map.of())));
                    choices.add(Map.entry("change", text("engine.form.change", Map.of())));
                    choices.add(Map.entry("menu", text("common.menu", Map.of())));
                    return choices;
                }
                String current = state.slots().get(field.slot());
                if (field.name().equals(state.slots().get(COLLECTING))) {
                    choices.add(Map.entry("done", text("engine.form.done", Map.of())));
                } else if (current != null) {
                    choices.add(Map.entry("keep", text("engine.keep", Map.of("value", shown(field, current)))));
                } else if (suggestion(field) != null) {
                    choices.add(Map.entry("use", text("engine.form.use", Map.of("value", suggestion(field)))));
                }
                if (!field.required()) {
                    choices.add(Map.entry("skip", text("engine.form.skip", Map.of())));
                }
                return choices;
            }

            void choose(Step step, String code) {
                state = state.pushBack(state.position());
                switch (code.startsWith("field:") ? "field" : code.startsWith("group:") ? "group" : code) {
                    case "group" -> setSlots(changes(CHOOSING, code));
                    case "field" -> setSlots(changes(CHOOSING, null, COLLECTING, null, EDITING, code.substring("field:".length())));
                    case "cancel", "keep", "done" -> setSlots(changes(CHOOSING, null, COLLECTING, null, EDITING, null));
                    case "skip" -> setSlots(changes(asking(step).slot(), null, COLLECTING, null, EDITING, null));
                    case "change" -> setSlots(changes(CHOOSING, "1"));
                    case "use" -> {
                        Form.Field field = asking(step);
                        if (field != null && suggestion(field) != null) {
                            setSlots(changes(field.slot(), suggestion(field), COLLECTING, null, EDITING, null));
                        }
                    }
                    case "menu" -> {
                        enter(DialogSet.START_FLOW + ":" + DialogSet.MENU_STEP);
                        return;
                    }
                    default -> {
                        clearProgress();
                        // Which letters were made, and when, is kept too: the user's data summary lists them.
                        setSlots(changes(KeptData.LETTERS_MADE,
                                KeptData.withLetter(state.slots().get(KeptData.LETTERS_MADE), step.form(), at)));
                        replies.add(new Reply(text("engine.form.ready", Map.of()), List.of(),
                                new Document(step.form(), state.locale())));
                        enter(step.next());
                        return;
                    }
                }
                prompt(step);
                attachOptions(step);
            }

            void answered(Step step, String slot, String value) {
                state = state.pushBack(state.position());
                Form.Field field = asking(step);
                if (field != null && field.many()) {
                    // Items come one message at a time: the first replaces what was there, the next ones add to it.
                    String earlier = state.slots().get(slot);
                    boolean adding = field.name().equals(state.slots().get(COLLECTING)) && earlier != null;
                    String all = adding ? earlier + "\n" + value : value;
                    setSlots(changes(slot, all, COLLECTING, field.name(), EDITING, field.name()));
                    say("engine.form.more", Map.of("count", String.valueOf(all.split("\n").length)));
                } else {
                    setSlots(changes(slot, value, COLLECTING, null, EDITING, null));
                    prompt(step);
                }
                attachOptions(step);
            }

            private void clearProgress() {
                Map<String, String> cleared = new HashMap<>();
                state.slots().keySet().stream().filter(s -> s.startsWith("_form.")).forEach(s -> cleared.put(s, null));
                setSlots(cleared);
            }

            /** What the journey already knows for a field not yet answered, offered as its answer; null if nothing. */
            private String suggestion(Form.Field field) {
                String known = field.suggest() == null ? null : state.slots().get(field.suggest());
                return known == null || known.isBlank() ? null : known;
            }

            private String label(Form.Field field) {
                return field.label().getOrDefault(state.locale(), field.name());
            }

            private String shown(Form.Field field, String value) {
                return field.type() == SlotType.YES_NO ? text("engine.answer." + value, Map.of()) : value;
            }
        }

        private String text(String key, Map<String, String> values) {
            return dialogs.messages().text(state.locale(), key, values);
        }

        /** Slot changes as name, value pairs; a null value removes the slot. */
        private static Map<String, String> changes(String... pairs) {
            Map<String, String> changes = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                changes.put(pairs[i], pairs[i + 1]);
            }
            return changes;
        }

        /** Applies slot changes; a null value removes the slot. */
        private void setSlots(Map<String, String> changes) {
            Map<String, String> slots = new HashMap<>(state.slots());
            changes.forEach((slot, value) -> {
                if (value == null) {
                    slots.remove(slot);
                } else {
                    slots.put(slot, value);
                }
            });
            state = state.withSlots(slots);
        }

        private void attachOptions(Step step) {
            List<Reply.Option> options = options(step);
            if (options.isEmpty()) {
                return;
            }
            if (replies.isEmpty()) {
                replies.add(new Reply("", options));
            } else {
                Reply last = replies.remove(replies.size() - 1);
                replies.add(new Reply(last.text(), options, last.document(), last.picture()));
            }
        }

        private void say(String key, Map<String, String> values) {
            Map<String, String> all = new HashMap<>(state.slots());
            all.putAll(values);
            replies.add(Reply.text(dialogs.messages().text(state.locale(), key, all)));
        }
    }

    /** Takes out control characters (keeping line breaks and tabs) and surrounding blanks. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(raw.length(), MAX_INPUT + 1));
        raw.codePoints().limit(MAX_INPUT + 1L).forEach(cp -> {
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
