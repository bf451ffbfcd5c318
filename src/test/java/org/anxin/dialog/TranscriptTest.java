package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxin.content.DialogsContent;
import org.anxin.content.ShippedDialogs;
import org.anxin.understanding.BgeEncoder;
import org.anxin.understanding.ModelUnderstanding;
import org.anxin.understanding.TextClassifier;
import org.anxin.understanding.Thresholds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every scripted conversation in {@code dialogs/tests/*.yaml} through the engine, typed turns read by the
 * language model and the rules as in the server. Each file is
 * {@code name}, optional {@code locale}, and {@code turns}: each turn has {@code say} (typed text) or {@code pick}
 * (the key of a button on the last reply), then {@code expect} (fragments the replies must contain),
 * optional {@code absent} (fragments they must not contain) and {@code choices} (labels that must be offered);
 * {@code letter} lists fragments the letter handed over in that turn must contain.
 * A conversation begins as one whose user has agreed to the consent notice, unless the file says
 * {@code consent: ask}: then it begins before the notice, as every real first contact does.
 */
class TranscriptTest {

    static final Path DIALOGS = Path.of("dialogs");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    /** Typed turns are read as the server reads them: the language model beside the rules. */
    private static final ModelUnderstanding UNDERSTANDING = new ModelUnderstanding(
            ShippedDialogs.checked().understanding(), BgeEncoder.shared(), TextClassifier.Method.NEAREST, Thresholds.DEFAULTS);

    @TestFactory
    Stream<DynamicTest> everyTranscriptPasses() throws IOException {
        DialogsContent.Checked checked = ShippedDialogs.checked();
        assertThat(checked.problems()).isEmpty();
        DialogEngine engine = checked.engine();
        try (Stream<Path> files = Files.list(DIALOGS.resolve("tests"))) {
            List<Path> transcripts = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(transcripts).isNotEmpty();
            return transcripts.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                    () -> run(engine, file)));
        }
    }

    @SuppressWarnings("unchecked")
    private static void run(DialogEngine engine, Path file) throws IOException {
        Map<String, Object> script = new Yaml().load(Files.readString(file));
        DialogState state = engine.newState((String) script.getOrDefault("locale", "zh-CN"), "Asia/Shanghai");
        if (!"ask".equals(script.get("consent"))) {
            state = state.consenting(NOW.toString());
        }
        List<Reply> last = List.of();
        int number = 0;
        for (Map<String, Object> turn : (List<Map<String, Object>>) script.get("turns")) {
            number++;
            UserInput input = turn.containsKey("pick")
                    ? new UserInput.Pick(state.position(), String.valueOf(turn.get("pick")))
                    : new UserInput.Text(String.valueOf(turn.get("say")),
                            UNDERSTANDING.read(String.valueOf(turn.get("say")), state.locale()));
            Outcome outcome = engine.step(state, new Turn(input, NOW));
            state = outcome.state();
            last = outcome.replies();
            String shown = last.stream().map(r -> r.text() + "\n" + r.choices().stream().map(Reply.Option::label)
                    .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
            String where = file.getFileName() + " turn " + number + " (" + turn + ")";
            for (Object fragment : list(turn.get("expect"))) {
                assertThat(shown).as(where + " showed: " + shown).contains(String.valueOf(fragment));
            }
            for (Object fragment : list(turn.get("absent"))) {
                assertThat(shown).as(where).doesNotContain(String.valueOf(fragment));
            }
            List<String> labels = last.stream().flatMap(r -> r.choices().stream()).map(Reply.Option::label).toList();
            for (Object label : list(turn.get("choices"))) {
                assertThat(labels).as(where).contains(String.valueOf(label));
            }
            assertThat(last).as(where + ": every turn answers").isNotEmpty();
            if (turn.containsKey("letter")) {
                String letter = letterText(engine, state, last);
                for (Object fragment : list(turn.get("letter"))) {
                    assertThat(letter).as(where + ": the letter").contains(String.valueOf(fragment));
                }
            }
        }
    }

    /** The letter a turn handed over, as the chat shows it. */
    private static String letterText(DialogEngine engine, DialogState state, List<Reply> replies) {
        Document document = replies.stream().map(Reply::document).filter(d -> d != null).findFirst().orElseThrow();
        return new ChatLetters(Letters.load(DIALOGS), engine).prepare(document, state, NOW).text();
    }

    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of(value);
    }
}
