package org.anxin.channel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Reply;
import org.anxin.dialog.UserInput;
import tools.jackson.databind.json.JsonMapper;

/** A conversation at a terminal. The user answers a choice with its number or its words. */
public final class TerminalChat {

    private static final String CHANNEL = "terminal";

    private final TurnService turns;
    private final JsonMapper json;
    private final String user;
    private final String locale;

    public TerminalChat(TurnService turns, JsonMapper json, String user, String locale) {
        this.turns = turns;
        this.json = json;
        this.user = user;
        this.locale = locale;
    }

    /** Shows where the conversation stands, then answers each line typed until end of input. */
    public void runInteractive(BufferedReader in, PrintStream out) throws IOException {
        print(turn(new UserInput.Open()), out);
        out.print("> ");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            print(turn(new UserInput.Text(line)), out);
            out.print("> ");
        }
        out.println();
    }

    /** One JSON line out for every line in: {@code {"replies":[{"text":..,"choices":[{"key":..,"label":..}]}]}}. */
    public void runJson(BufferedReader in, PrintStream out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            TurnResult result = turn(new UserInput.Text(line));
            out.println(json.writeValueAsString(Map.of("replies", result.replies())));
        }
    }

    private TurnResult turn(UserInput input) {
        return turns.handle(new Inbound(CHANNEL, user, null, input, Instant.now(), locale));
    }

    private static void print(TurnResult result, PrintStream out) {
        for (Reply reply : result.replies()) {
            if (!reply.text().isEmpty()) {
                out.println(reply.text());
            }
            List<Reply.Option> choices = reply.choices();
            for (Reply.Option choice : choices) {
                out.println("  " + choice.key() + ". " + choice.label());
            }
            out.println();
        }
    }
}
