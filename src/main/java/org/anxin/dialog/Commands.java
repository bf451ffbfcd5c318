package org.anxin.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The commands that work at every step ({@link Command}): opening a flow by name, the menu, urgent help, back,
 * restart, help, the language, /why, /mydata, erasure, and the commands the dialogs define, which lead to the step
 * that names them.
 */
final class Commands {

    private static final List<String> SAID = List.of("engine.unknown_command", "engine.unknown_link",
            "engine.restarted", "engine.help", "engine.lang_options");
    static final List<String> MESSAGES = concat(SAID, Command.MESSAGES);

    private final DialogSet dialogs;
    private final Map<String, Position> stepCommands;
    private final Options options;
    private final Navigation navigation;
    private final MyData myData;
    private final Why why;

    Commands(DialogSet dialogs, Options options, Navigation navigation) {
        this.dialogs = dialogs;
        this.stepCommands = dialogs.commands();
        this.options = options;
        this.navigation = navigation;
        this.myData = new MyData(dialogs);
        this.why = new Why(dialogs);
    }

    /** The command typed, if the text is one. */
    Optional<Command> parse(String text) {
        return Command.parse(text, dialogs.messages(), stepCommands.keySet());
    }

    void run(Run run, Command command) {
        options.forgetGuesses(run);
        if (!command.known()) {
            run.say("engine.unknown_command");
            navigation.promptOrStart(run);
            return;
        }
        switch (command.kind()) {
            case START -> open(run, command.argument());
            case MENU -> navigation.leaveFor(run, Position.Target.to(DialogSet.MAIN_MENU));
            case URGENT -> navigation.leaveFor(run, Position.Target.startOf(DialogSet.URGENT_FLOW));
            case BACK -> navigation.back(run);
            case RESTART -> restart(run);
            case HELP -> {
                run.say("engine.help");
                navigation.promptOrStart(run);
            }
            case LANG -> language(run, command.argument());
            case WHY -> {
                why.explain(run);
                navigation.promptOrStart(run);
            }
            case MYDATA -> {
                myData.show(run);
                navigation.promptOrStart(run);
            }
            case DELETE -> erase(run);
            case STEP -> navigation.leaveFor(run, Position.Target.to(stepCommands.get(command.argument())));
        }
    }

    /** {@code /start <flow>}, a deep link: that flow from its start, or the start when no flow has the name. */
    void open(Run run, String payload) {
        run.state = run.state.clearBack();
        String flow = payload.strip().toLowerCase(Locale.ROOT);
        if (!flow.isEmpty() && dialogs.flow(flow) != null) {
            navigation.enter(run, Position.Target.startOf(flow));
            return;
        }
        if (!flow.isEmpty()) {
            run.say("engine.unknown_link");
        }
        navigation.enter(run, Navigation.START);
    }

    /**
     * Answers go, and whatever the engine was in the middle of; a language the user chose stays chosen, and what is
     * kept as a record (the locker, the letters made, the agreement) stays too.
     */
    private void restart(Run run) {
        Progress fresh = run.state.progress().languageChosen() ? Progress.NONE.choosingLanguage() : Progress.NONE;
        run.state = run.state.withSlots(Map.of()).withProgress(fresh).clearBack();
        run.say("engine.restarted");
        navigation.enter(run, Navigation.START);
    }

    private void language(Run run, String wish) {
        String locale = dialogs.messages().resolveLocale(wish);
        if (locale == null) {
            run.say("engine.lang_options");
            navigation.promptOrStart(run);
            return;
        }
        // Chosen: from now on the writing typed never changes it.
        run.state = run.state.withLocale(locale).withProgress(run.state.progress().choosingLanguage());
        run.say(DialogEngine.LANG_SWITCHED + locale);
        if (run.current() != null) {
            navigation.present(run);
        } else {
            navigation.enter(run, Navigation.START);
        }
    }

    /** The erasure flow, which a dialogs folder may leave out; without it the command is unknown there. */
    private void erase(Run run) {
        if (dialogs.flow(DialogSet.ERASE_FLOW) == null) {
            run.say("engine.unknown_command");
            navigation.promptOrStart(run);
        } else {
            navigation.leaveFor(run, Position.Target.startOf(DialogSet.ERASE_FLOW));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
