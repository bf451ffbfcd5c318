package org.anxin.cli;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.anxin.evidence.EvidenceIntake;
import org.anxin.conversation.ConversationStore;
import org.anxin.dialog.DialogEngine;
import org.anxin.channel.terminal.TerminalChat;
import org.anxin.conversation.TurnService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Talk to the bot in the terminal, on the same store as the server. */
@Command(name = "chat", description = "Talk to the bot in the terminal.", mixinStandardHelpOptions = true)
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--locale", description = "zh-CN, zh-Hant or en, for a new conversation (default: zh-CN)")
    String locale;

    @Option(names = "--user", defaultValue = "local", description = "names the conversation; the same name continues it (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--files", defaultValue = "anxin-files",
            description = "where the letters, pictures and data files you ask for are saved, outside the encrypted store (default: ${DEFAULT-VALUE})")
    Path files;

    @Option(names = "--json", description = "read one message per line, print one JSON line of replies per message")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = CommandContext.start(CommandContext.Beans.ALL)) {
            TerminalChat chat = new TerminalChat(context.getBean(TurnService.class), context.getBean(ConversationStore.class),
                    context.getBean(DialogEngine.class).dialogs().messages(), context.getBean(JsonMapper.class), files,
                    user, locale, context.getBean(EvidenceIntake.class), context.getBean(java.time.Clock.class));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (json) {
                chat.runJson(in, out);
            } else {
                chat.runInteractive(in, out);
            }
        }
        return 0;
    }
}
