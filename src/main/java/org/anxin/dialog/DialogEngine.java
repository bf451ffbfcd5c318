package org.anxin.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the flows of a {@link DialogSet}: given a conversation's state and one turn it returns the next state and
 * the replies. Pure: no I/O, no clock, no shared mutable state, so one instance serves every conversation.
 * <p>
 * This class is the engine's public face; the work is done by package-private parts, each with one job, that pass
 * one {@link Run} (the turn at work) between them: {@link Navigation} moves (with the consent gate),
 * {@link TextInput} reads typed text, {@link Answering} applies a pick or an answer to the waiting step,
 * {@link Options} says what a step offers, {@link Forms} fills a form, {@link Commands} runs commands (with
 * {@link MyData} and {@link Why}), {@link Referrals} and {@link Attachments} take hand-off links and files.
 * Capabilities plug in as {@link DialogExtension}s; the engine names none of them.
 */
public final class DialogEngine {

    /** The longest message read at all; longer ones are refused kindly and change nothing. */
    public static final int MAX_INPUT = 4000;
    /** Where a hand-off link put the name of the organisation that sent the user; flows test it to offer sharing. */
    public static final String REFERRAL_ORG = "handoff.org";
    /** What the bot says on switching to a language, followed by that language's locale: each names its own. */
    public static final String LANG_SWITCHED = "engine.lang_switched.";
    /** The names of the engine's own commands ({@code /menu}); a command the dialogs define takes another. */
    public static final Set<String> COMMANDS = Set.copyOf(Command.Kind.engine().stream()
            .map(kind -> kind.slash().substring(1)).toList());

    private final DialogSet dialogs;
    private final Map<String, Intent> intents;
    private final Set<String> actionNames;
    private final Navigation navigation;
    private final TextInput text;
    private final Answering answering;
    private final Commands commands;
    private final Referrals referrals;
    private final Attachments attachments;
    private final Options options;

    public DialogEngine(DialogSet dialogs, List<DialogExtension> extensions) {
        this(dialogs, extensions, Map.of());
    }

    /**
     * {@code extensions}: the capabilities the dialogs may use (the engine's own built-ins come with it);
     * {@code intents}: the needs a typed message may be read as, by id, and where each leads.
     */
    public DialogEngine(DialogSet dialogs, List<DialogExtension> extensions, Map<String, Intent> intents) {
        this.dialogs = dialogs;
        this.intents = Map.copyOf(intents);
        Map<String, Action> actions = Extensions.of(extensions).actions();
        this.actionNames = actions.keySet();
        Forms forms = new Forms(dialogs);
        this.options = new Options(this.intents, forms);
        this.navigation = new Navigation(dialogs, actions, options, forms);
        this.answering = new Answering(this.intents, options, forms, navigation);
        this.commands = new Commands(dialogs, options, navigation);
        this.text = new TextInput(dialogs, this.intents, options, navigation, answering, commands);
        this.referrals = new Referrals(dialogs, navigation);
        this.attachments = new Attachments(dialogs, navigation);
    }

    public Map<String, Intent> intents() {
        return intents;
    }

    public DialogSet dialogs() {
        return dialogs;
    }

    public Set<String> actionNames() {
        return actionNames;
    }

    /** A conversation that has not started yet, in the wished locale if the bot speaks it. */
    public DialogState newState(String localeWish, String zone) {
        String locale = Optional.ofNullable(dialogs.messages().resolveLocale(localeWish))
                .orElse(dialogs.messages().defaultLocale());
        return DialogState.fresh(locale, zone);
    }

    public Outcome step(DialogState state, Turn turn) {
        Run run = new Run(dialogs, state, turn.at());
        UserInput input = turn.input();
        if (input instanceof UserInput.Text typed) {
            text.read(run, typed.text(), typed.reading() != null ? typed.reading() : Reading.NOTHING);
        } else if (input instanceof UserInput.Pick pick) {
            answering.pick(run, pick);
        } else if (input instanceof UserInput.Start start) {
            // As /start <payload> typed: guesses withdrawn, then the flow the payload names.
            options.forgetGuesses(run);
            commands.open(run, TextInput.clean(start.payload()));
        } else if (input instanceof UserInput.Referral referral) {
            referrals.referred(run, referral);
        } else if (input instanceof UserInput.DeadLink) {
            referrals.deadLink(run);
        } else if (input instanceof UserInput.Attachment attachment) {
            attachments.attach(run, attachment.file());
        } else if (run.current() != null) {
            navigation.present(run);
        } else {
            navigation.enter(run, Navigation.START);
        }
        return run.outcome();
    }
}
