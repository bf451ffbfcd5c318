package org.anxin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command line; each subcommand is its own class. */
@Command(name = "anxin", mixinStandardHelpOptions = true, version = "anxin 0.1",
        description = "A self-help chat bot for borrowers facing abusive debt collection. Without a command, serves the web chat.",
        subcommands = {AnalyzeCommand.class, ChatCommand.class, CounselorCommand.class, DialogsCommand.class, HandoffCommand.class,
                HealthCommand.class, LetterCommand.class, RateCommand.class, UnderstandCommand.class, WarmUpCommand.class, WechatCommand.class})
public final class AnxinCommand {

    public static int execute(String... args) {
        return new CommandLine(new AnxinCommand()).execute(args);
    }
}
