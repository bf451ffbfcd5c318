package org.anxin.channel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Reply;
import org.anxin.dialog.UserInput;
import org.anxin.evidence.EvidenceIntake;
import org.anxin.letter.ChatLetters;
import org.anxin.privacy.MyDataFile;
import org.anxin.privacy.PrivateFolder;
import org.anxin.letter.LetterFormat;
import org.anxin.plan.chart.PlanPictures;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation at a terminal. The user answers a choice with its number or its words. A letter is printed and
 * saved as PDF and DOCX in the letters folder; "我的数据" is saved there too, as a PDF summary and a JSON file.
 */
public final class TerminalChat {

    private static final String CHANNEL = "terminal";
    private static final String ATTACH = "/attach ";

    private final TurnService turns;
    private final ChatLetters letters;
    private final MyDataFile myData;
    private final JsonMapper json;
    private final Path lettersDir;
    private final String user;
    private final String locale;
    private final EvidenceIntake evidence;

    public TerminalChat(TurnService turns, ChatLetters letters, MyDataFile myData, JsonMapper json, Path lettersDir,
            String user, String locale, EvidenceIntake evidence) {
        this.evidence = evidence;
        this.turns = turns;
        this.myData = myData;
        this.letters = letters;
        this.json = json;
        this.lettersDir = lettersDir;
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
     * "at":"flow:step"}}, where {@code at} is where the conversation waits after the turn; a reply that hands over a
     * letter adds {@code "letter":{"kind":..,"text":..,"files":[..]}}.
     */
    public void runJson(BufferedReader in, PrintStream out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<Map<String, Object>> replies = new ArrayList<>();
            TurnResult result = answer(line);
            for (Reply reply : result.replies()) {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("text", reply.text());
                shown.put("choices", reply.choices());
                if (reply.document() != null) {
                    shown.put("letter", deliver(reply));
                }
                if (reply.picture() != null) {
                    picture(reply.picture()).ifPresent(file -> shown.put("picture", file));
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
                String.valueOf(chosen.getFileName()), type, size, Instant.now(), locale), () -> Files.newInputStream(chosen)).result();
    }

    private TurnResult turn(UserInput input) {
        return turns.handle(new Inbound(CHANNEL, user, null, input, Instant.now(), locale));
    }

    /** The letter's text and the files saved, or what the user still has to put right. */
    private Map<String, Object> deliver(Reply reply) throws IOException {
        if (reply.document().myData()) {
            // The summary to read, then the whole record, where the letters go.
            PrivateFolder.create(lettersDir);
            List<String> files = new ArrayList<>();
            for (MyDataFile.Download download : MyDataFile.DOWNLOADS) {
                var bytes = myData.file(CHANNEL + ":" + user, download.linkKind());
                if (bytes.isPresent()) {
                    Path file = lettersDir.resolve(download.fileName());
                    Files.write(file, bytes.get());
                    files.add(file.toString());
                }
            }
            return Map.of("kind", reply.document().kind(), "files", files,
                    "saved", letters.say(reply.document().locale(), "letters.saved", Map.of("files", String.join(", ", files))));
        }
        var state = turns.state(CHANNEL + ":" + user).orElseThrow();
        ChatLetters.Prepared prepared = letters.prepare(reply.document(), state, Instant.now());
        if (prepared instanceof ChatLetters.Prepared.NeedsFix fix) {
            return Map.of("kind", fix.kind(), "needs", fix.text());
        }
        ChatLetters.Prepared.Ready ready = (ChatLetters.Prepared.Ready) prepared;
        PrivateFolder.create(lettersDir);
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<String> files = new ArrayList<>();
        for (LetterFormat format : List.of(LetterFormat.PDF, LetterFormat.DOCX)) {
            Path file = lettersDir.resolve(ready.kind() + "-" + stamp + "." + format.extension());
            Files.write(file, letters.render(ready, format));
            files.add(file.toString());
        }
        return Map.of("kind", ready.kind(), "text", ready.text(), "files", files,
                "saved", letters.say(state.locale(), "letters.saved", Map.of("files", String.join(", ", files))));
    }

    /** Saves a picture next to the letters; a terminal cannot show it, but the user can open the file. */
    private java.util.Optional<String> picture(String kind) throws IOException {
        var state = turns.state(CHANNEL + ":" + user).orElseThrow();
        var png = PlanPictures.png(kind, state.slots(), state.locale());
        if (png.isEmpty()) {
            return java.util.Optional.empty();
        }
        PrivateFolder.create(lettersDir);
        Path file = lettersDir.resolve(kind + "-" + java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".png");
        Files.write(file, png.get());
        return java.util.Optional.of(file.toString());
    }

    private void print(TurnResult result, PrintStream out) throws IOException {
        for (Reply reply : result.replies()) {
            if (!reply.text().isEmpty()) {
                out.println(reply.text());
            }
            if (reply.picture() != null) {
                picture(reply.picture()).ifPresent(file -> out.println("[" + file + "]"));
            }
            if (reply.document() != null) {
                Map<String, Object> letter = deliver(reply);
                out.println();
                out.println(letter.getOrDefault("text", letter.getOrDefault("needs", "")));
                if (letter.containsKey("saved")) {
                    out.println(letter.get("saved"));
                }
            }
            for (Reply.Option choice : reply.choices()) {
                out.println("  " + choice.key() + ". " + choice.label());
            }
            out.println();
        }
    }
}
