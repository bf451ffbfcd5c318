package org.anxin.channel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.Outbound;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Messages;
import org.anxin.dialog.Reply;
import org.anxin.dialog.UserInput;
import org.anxin.evidence.EvidenceIntake;
import org.anxin.privacy.PrivateFolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation at a terminal. The user answers a choice with its number or its words. What a turn hands over (a
 * letter's PDF and DOCX, a chart, the user's data) is saved in the files folder, readable by the user only.
 */
public final class TerminalChat {

    private static final String CHANNEL = "terminal";
    private static final String ATTACH = "/attach ";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final TurnService turns;
    private final ConversationStore store;
    private final Messages messages;
    private final JsonMapper json;
    private final Path filesDir;
    private final String user;
    private final String locale;
    private final EvidenceIntake evidence;

    private final java.time.Clock clock;

    public TerminalChat(TurnService turns, ConversationStore store, Messages messages, JsonMapper json, Path filesDir,
            String user, String locale, EvidenceIntake evidence, java.time.Clock clock) {
        this.clock = clock;
        this.evidence = evidence;
        this.turns = turns;
        this.store = store;
        this.messages = messages;
        this.json = json;
        this.filesDir = filesDir;
        this.user = user;
        this.locale = locale;
    }

    /** Shows where the conversation stands, then answers each line typed until end of input. */
    public void runInteractive(BufferedReader in, PrintStream out) throws IOException {
        print(turn(new UserInput.Open()), out);
        out.print("> ");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            print(answer(line), out);
            out.print("> ");
        }
        out.println();
    }

    /**
     * One JSON line out for every line in: {@code {"replies":[{"text":..,"choices":[{"key":..,"label":..}]}],
     * "at":"flow:step"}}, where {@code at} is where the conversation waits after the turn; a message's picture and
     * files add {@code "picture"} and {@code "files"} (paths saved); a letter is {@code "letter":{"kind":..,"text":..,
     * "files":[..]}}, one still missing a field {@code "letter":{"kind":..,"needs":..}}.
     */
    public void runJson(BufferedReader in, PrintStream out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<Map<String, Object>> replies = new ArrayList<>();
            TurnResult result = answer(line);
            for (Outbound item : result.outbound()) {
                Map<String, Object> shown = new LinkedHashMap<>();
                if (item instanceof Outbound.Message m) {
                    shown.put("text", m.text());
                    shown.put("choices", m.choices());
                    if (m.picture() != null) {
                        save(List.of(m.picture())).stream().findFirst().ifPresent(file -> shown.put("picture", file));
                    }
                    if (!m.files().isEmpty()) {
                        shown.put("files", save(m.files()));
                    }
                } else if (item instanceof Outbound.Letter l) {
                    shown.put("letter", Map.of("kind", l.kind(), "text", l.text(), "files", save(l.files())));
                } else if (item instanceof Outbound.NeedsFix f) {
                    shown.put("letter", Map.of("kind", f.kind(), "needs", f.text()));
                }
                replies.add(shown);
            }
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("replies", replies);
            shown.put("at", result.position());
            out.println(json.writeValueAsString(shown));
        }
    }

    /** A typed line; {@code /attach <path>} sends that file to the evidence locker instead. */
    private TurnResult answer(String line) {
        if (!line.startsWith(ATTACH)) {
            return turn(new UserInput.Text(line));
        }
        Path file = Path.of("");
        Long size = null;
        String type = null;
        try {
            file = Path.of(line.substring(ATTACH.length()).strip());
            size = Files.size(file);
            type = Files.probeContentType(file);
        } catch (IOException | RuntimeException unreadable) {
            // The intake reports a file it cannot open, kindly, like any other failed download.
        }
        Path chosen = file;
        return evidence.receive(new EvidenceIntake.Incoming(CHANNEL, user, null,
                String.valueOf(chosen.getFileName()), type, size, clock.instant(), locale), () -> Files.newInputStream(chosen)).result();
    }

    private TurnResult turn(UserInput input) {
        return turns.handle(new Inbound(CHANNEL, user, null, input, clock.instant(), locale));
    }

    /** Saves the turn's stored files in the files folder, stamped with the time; answers their paths. */
    private List<String> save(List<Outbound.FileRef> files) throws IOException {
        List<String> saved = new ArrayList<>();
        String stamp = LocalDateTime.now(clock.withZone(java.time.ZoneId.systemDefault())).format(STAMP);
        for (Outbound.FileRef ref : files) {
            var stored = store.file(CHANNEL + ":" + user, ref.id());
            if (stored.isEmpty()) {
                continue;
            }
            PrivateFolder.create(filesDir);
            String name = ref.name().replaceFirst("(\\.[a-z0-9]+)$", "-" + stamp + "$1");
            Path file = filesDir.resolve(name);
            Files.write(file, stored.get().bytes());
            saved.add(file.toString());
        }
        return saved;
    }

    private void print(TurnResult result, PrintStream out) throws IOException {
        for (Outbound item : result.outbound()) {
            if (item instanceof Outbound.Message m) {
                if (!m.text().isEmpty()) {
                    out.println(m.text());
                }
                List<Outbound.FileRef> files = new ArrayList<>(m.files());
                if (m.picture() != null) {
                    files.add(0, m.picture());
                }
                savedLine(save(files), result.locale(), out);
                for (Reply.Option choice : m.choices()) {
                    out.println("  " + choice.key() + ". " + choice.label());
                }
            } else if (item instanceof Outbound.Letter l) {
                out.println(l.text());
                savedLine(save(l.files()), result.locale(), out);
            } else if (item instanceof Outbound.NeedsFix f) {
                out.println(f.text());
            }
            out.println();
        }
    }

    private void savedLine(List<String> files, String locale, PrintStream out) {
        if (!files.isEmpty()) {
            out.println(messages.text(locale, "letters.saved", Map.of("files", String.join(", ", files))));
        }
    }
}
