package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxin.content.DialogsContent;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Outcome;
import org.anxin.dialog.Position;
import org.anxin.dialog.Progress;
import org.anxin.dialog.Reply;
import org.anxin.dialog.Turn;
import org.anxin.dialog.UserInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a state. The schema 2 samples in {@code src/test/resources/states/} were written by the version
 * before schema 3 (its codec's output after a scripted terminal-like conversation in English: consent, a logged call,
 * a lender complaint, the safety question declined), so they show what real stored conversations hold.
 */
class StateCodecTest {

    private static final String TIMELINE = "2026-11-21 22:00 phone call 13800001234: Pay today or we will call your family";
    private static final Instant LETTER_MADE = Instant.parse("2026-11-22T02:47:00Z");

    private final StateCodec codec = new StateCodec(JsonMapper.builder().build());

    @Test
    void aStateStoredBeforeTheLockerReadsWithAnEmptyOneInTheCurrentSchema() {
        String stored = """
                {"schema":1,"locale":"zh-CN","zone":"Asia/Shanghai","flow":"negotiate","step":"owed",
                 "slots":{"plan.owed":"35000","_lang.chosen":"yes"},"back":["start:menu"],"cited":[]}""";

        DialogState state = codec.read(stored);

        assertThat(state.schema()).isEqualTo(DialogState.SCHEMA);
        assertThat(state.evidence()).isEmpty();
        assertThat(state.slots()).containsExactly(Map.entry("plan.owed", "35000"));
        assertThat(state.progress().languageChosen()).isTrue();
        assertThat(state.position()).isEqualTo("negotiate:owed");
    }

    @Test
    void incidentsLettersAndTheEnginesProgressSurviveTheStore() {
        Incident.File file = new Incident.File("ab".repeat(32), "截图.png", "image/png", 1234, "ab".repeat(32),
                Instant.parse("2026-11-22T14:05:00Z"));
        Incident incident = new Incident(1, "2026-11-22T14:00:00Z", "call", "13800001234", null, "{{x}} 再不还钱",
                List.of("THREAT"), List.of(file));
        Progress progress = new Progress(new Position("negotiate", "owed"), new Progress.FormState(true, "you", null, null),
                List.of("negotiate", "complain"), Map.of("letter.timeline", "11月22日 来电"), true, true);
        DialogState state = new DialogState(DialogState.SCHEMA, "zh-CN", "Asia/Shanghai", "evidence", "home",
                Map.of("letter.timeline", "11月22日 来电"), List.of(), List.of(), "2026-11-22T13:00:00Z", List.of(incident),
                List.of(new DialogState.Letter("lender-complaint", LETTER_MADE)), progress);

        String written = codec.write(state);

        assertThat(codec.read(written)).isEqualTo(state);
        assertThat(written).contains("\"schema\":" + DialogState.SCHEMA).doesNotContain("\"_");
    }

    @Test
    void aConversationWaitingAtTheConsentNoticeKeepsWhereItWasHeadingAndTheLanguageChosen() {
        DialogState state = sample("schema2-before-consent.json");

        assertThat(state.slots()).as("nothing the user said yet").isEmpty();
        assertThat(state.progress().consentThen()).isEqualTo(new Position("evidence", "intro"));
        assertThat(state.progress().languageChosen()).isTrue();
        assertThat(state.position()).isEqualTo("consent:notice");
    }

    @Test
    void aFieldTakingItemsOneByOneTheLockersOfferAndADeclinedSafetyQuestionMoveOutOfTheAnswers() {
        DialogState state = sample("schema2-form-collecting.json");

        assertThat(state.slots()).containsOnlyKeys("letter.complainant_phone", "evidence.added", "evidence.count",
                "letter.evidence", "letter.lender_name", "letter.timeline")
                .containsEntry("letter.timeline", TIMELINE).containsEntry("letter.lender_name", "WeBank");
        assertThat(state.progress().form()).isEqualTo(new Progress.FormState(false, null, "evidence", "evidence"));
        assertThat(state.progress().offered()).containsExactly(Map.entry("letter.timeline", TIMELINE));
        assertThat(state.progress().safetyDeclined()).isTrue();
        assertThat(state.progress().languageChosen()).isTrue();
        assertThat(state.evidence()).hasSize(1);
        assertThat(state.consent()).isEqualTo("2026-11-22T02:33:00Z");
        assertThat(state.back()).hasSize(4);
    }

    @Test
    void aFormBeingChangedGroupByGroupAndTheLettersMadeMoveToTheirOwnPlaces() {
        DialogState state = sample("schema2-form-choosing-group.json");

        assertThat(state.progress().form()).isEqualTo(new Progress.FormState(true, "you", null, null));
        assertThat(state.letters()).containsExactly(new DialogState.Letter("lender-complaint", LETTER_MADE));
        assertThat(state.slots().keySet()).noneMatch(slot -> slot.startsWith("_"));
    }

    @Test
    void theGuessesOnOfferMoveOutOfTheAnswers() {
        DialogState state = sample("schema2-menu-guessing.json");

        assertThat(state.progress().guesses()).containsExactly("negotiate", "complain");
        assertThat(state.progress().form().editing()).isEqualTo("complainant_name");
        assertThat(state.slots()).hasSize(6).doesNotContainKey("_guess");
    }

    @Test
    void conversationsStoredByTheEarlierVersionGoOnWhereTheyWere() {
        DialogEngine engine = DialogsContent.check(Path.of("dialogs")).engine();
        Instant at = Instant.parse("2026-11-22T03:00:00Z");

        Outcome agreed = engine.step(sample("schema2-before-consent.json"), new Turn(new UserInput.Text("1"), at));
        assertThat(agreed.state().position()).as("on to where the user was heading").isEqualTo("evidence:home");

        Outcome done = engine.step(sample("schema2-form-collecting.json"), new Turn(new UserInput.Text("1"), at));
        assertThat(said(done)).as("'That's all' ends the items and shows the review")
                .contains("Please check it", "Evidence: x");

        Outcome pickedInGroup = engine.step(sample("schema2-form-choosing-group.json"), new Turn(new UserInput.Text("1"), at));
        assertThat(said(pickedInGroup)).as("the first field of the group 'About you'").contains("Your name");

        Outcome guessed = engine.step(sample("schema2-menu-guessing.json"), new Turn(new UserInput.Text("2"), at));
        assertThat(guessed.state().flow()).as("the second guess on offer").isEqualTo("complain");
    }

    @Test
    void aStateFromANewerAnxinIsRefused() {
        assertThatThrownBy(() -> codec.read("{\"schema\":99,\"locale\":\"en\",\"zone\":\"UTC\",\"slots\":{},\"back\":[]}"))
                .hasMessageContaining("newer");
    }

    /** A sample read as the store reads it: in the current schema, with no underscore slot among the answers. */
    private DialogState sample(String name) {
        DialogState state = codec.read(read(name));
        assertThat(state.schema()).isEqualTo(DialogState.SCHEMA);
        assertThat(state.slots().keySet()).as("the answers hold only answers").noneMatch(slot -> slot.startsWith("_"));
        assertThat(codec.read(codec.write(state))).as("and it stores again as it is").isEqualTo(state);
        return state;
    }

    private static String read(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/states", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String said(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(Reply::text).toList());
    }
}
