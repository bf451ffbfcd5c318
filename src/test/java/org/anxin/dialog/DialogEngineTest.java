package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.DialogValidator;
import org.anxin.dialog.content.LoadedDialogs;
import org.anxin.dialog.content.SourceFile;
import org.junit.jupiter.api.Test;

/** The engine on a small folder of its own, so that each rule is seen in isolation from the real content. */
class DialogEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String FLOWS = """
            id: start
            start: welcome
            steps:
              welcome:
                say: hello
                next: menu
              menu:
                say: menu
                choices:
                  - { label: pick.note, goto: "note:" }
                  - { label: pick.forget, goto: forget }
              forget:
                do: answers.clear
                say: forgotten
                next: menu
            """;
    private static final String NOTE = """
            id: note
            start: what
            steps:
              what:
                say: ask.what
                ask: { slot: note.text, type: text, max: 50 }
                next: when
              when:
                say: ask.when
                ask: { slot: note.date, type: date }
                next: done
              done:
                say: done
                choices:
                  - { label: pick.menu, goto: "start:menu" }
            """;
    private static final String URGENT = """
            id: urgent
            start: lines
            steps:
              lines:
                say: lines
                choices:
                  - { label: pick.menu, goto: "start:menu" }
            """;

    /** A folder with nothing in it, for the messages the engine says whatever the folder. */
    static final DialogSet EMPTY = new DialogSet(Map.of(), new Messages(List.of(), Map.of()), Map.of(), Map.of());
    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        StringBuilder messages = new StringBuilder("""
                hello: Hello
                menu: Menu
                forgotten: Forgotten
                lines: Call 12356
                done: "Noted {note.text} on {note.date}"
                ask: { what: "What happened?", when: "When?" }
                pick: { note: Note it, forget: Forget me, menu: Back to menu }
                """);
        for (String key : Extensions.of(List.of()).messageKeys(EMPTY).keySet()) {
            String word = key.startsWith("words.") ? key.substring(6) : key.equals("engine.keep") ? "KEEP {value}" : key;
            messages.append('"').append(key).append("\": \"").append(word).append("\"\n");
        }
        // Each language names itself when the user switches to it.
        messages.append('"').append(DialogEngine.LANG_SWITCHED).append("en\": \"English\"\n");
        LoadedDialogs loaded = DialogLoader.load(List.of(new SourceFile("flows/start.yaml", FLOWS),
                new SourceFile("flows/note.yaml", NOTE), new SourceFile("flows/urgent.yaml", URGENT),
                new SourceFile("messages/en.yaml", messages.toString())));
        assertThat(DialogValidator.validate(loaded, List.of())).isEmpty();
        return new DialogEngine(loaded.dialogs(), List.of());
    }

    private Outcome say(DialogState state, String text) {
        return engine.step(state, new Turn(new UserInput.Text(text), NOW));
    }

    private static String shown(Outcome outcome) {
        return outcome.replies().stream().map(r -> r.text() + " " + r.choices().stream().map(Reply.Option::label)
                .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"));
    }

    private DialogState atMenu() {
        return say(engine.newState("en", "Asia/Shanghai"), "hi").state();
    }

    @Test
    void theSameStateAndInputAlwaysGiveTheSameOutcome() {
        DialogState state = atMenu();
        assertThat(say(state, "1")).isEqualTo(say(state, "1"));
    }

    @Test
    void aNewConversationGreetsAndWaitsAtTheMenu() {
        Outcome first = say(engine.newState("en", "Asia/Shanghai"), "hi");
        assertThat(first.state().position()).isEqualTo("start:menu");
        assertThat(first.replies()).extracting(Reply::text).containsExactly("Hello", "Menu");
        assertThat(first.replies().get(1).choices()).extracting(Reply.Option::key).containsExactly("1", "2");
    }

    @Test
    void choicesAnswerToTheirNumberAndToTheirWords() {
        assertThat(say(atMenu(), "1").state().position()).isEqualTo("note:what");
        assertThat(say(atMenu(), "note it").state().position()).isEqualTo("note:what");
        assertThat(say(atMenu(), "Note").state().position()).isEqualTo("note:what");
    }

    @Test
    void goingBackKeepsLaterAnswersAsDefaults() {
        DialogState state = say(say(atMenu(), "1").state(), "they called my mother").state();
        Outcome back = say(state, "/back");
        assertThat(back.state().position()).isEqualTo("note:what");
        assertThat(back.state().slots()).containsEntry("note.text", "they called my mother");
        assertThat(shown(back)).contains("KEEP they called my mother");
        Outcome kept = say(back.state(), "1");
        assertThat(kept.state().position()).isEqualTo("note:when");
        assertThat(kept.state().slots()).containsEntry("note.text", "they called my mother");
    }

    @Test
    void aStaleOrForgedButtonChangesNothing() {
        DialogState menu = atMenu();
        DialogState asking = say(menu, "1").state();
        Outcome stale = engine.step(asking, new Turn(new UserInput.Pick("start:menu", "2"), NOW));
        assertThat(stale.state()).isEqualTo(asking);
        assertThat(shown(stale)).contains("engine.stale_button");
        Outcome forged = engine.step(menu, new Turn(new UserInput.Pick("start:menu", "99"), NOW));
        assertThat(forged.state()).isEqualTo(menu);
        Outcome injected = engine.step(menu, new Turn(new UserInput.Pick("start:menu", "1; DROP TABLE"), NOW));
        assertThat(injected.state()).isEqualTo(menu);
    }

    @Test
    void badInputGetsAKindAnswerAndChangesNothing() {
        DialogState menu = atMenu();
        for (String bad : List.of("", "   ", "😀😀", "\u0007\u0000", "9", "x".repeat(DialogEngine.MAX_INPUT + 10))) {
            Outcome outcome = say(menu, bad);
            assertThat(outcome.state()).as(bad).isEqualTo(menu);
            assertThat(outcome.replies()).as(bad).isNotEmpty();
            assertThat(outcome.replies().get(outcome.replies().size() - 1).choices()).as(bad).hasSize(2);
        }
    }

    @Test
    void aTextAnswerOverItsLimitIsRefusedKindly() {
        DialogState asking = say(atMenu(), "1").state();
        Outcome tooLong = say(asking, "y".repeat(51));
        assertThat(tooLong.state()).isEqualTo(asking);
        assertThat(shown(tooLong)).contains("engine.too_long");
    }

    @Test
    void templateSyntaxFromAUserIsShownLiterally() {
        String hostile = "{{x}} ${7*7} {note.date} {% if %}";
        DialogState state = say(say(atMenu(), "1").state(), hostile).state();
        Outcome done = say(state, "昨天");
        assertThat(done.replies().get(0).text()).isEqualTo("Noted " + hostile + " on 2026-11-19");
    }

    @Test
    void urgentHelpInterruptsAnyStepAndBackReturnsToTheQuestion() {
        DialogState asking = say(atMenu(), "1").state();
        Outcome urgent = say(asking, "urgent");
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
        assertThat(say(urgent.state(), "/back").state().position()).isEqualTo("note:what");
    }

    @Test
    void distressTypedAtAQuestionInterruptsIntoUrgentHelpWithoutStoringTheAnswer() {
        DialogState asking = say(atMenu(), "1").state();
        Outcome urgent = say(asking, "I can't go on, I want to die");
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
        assertThat(urgent.state().slots()).doesNotContainKey("note.text");
        assertThat(urgent.replies()).extracting(Reply::text).containsExactly("urgent.noticed", "Call 12356");
        Outcome back = say(urgent.state(), "/back");
        assertThat(back.state().position()).isEqualTo("note:what");
        assertThat(back.state().slots()).isEmpty();
    }

    @Test
    void distressAsTheFirstMessageGoesStraightToUrgentHelp() {
        Outcome first = say(engine.newState("en", "Asia/Shanghai"), "我不想活了");
        assertThat(first.state().position()).isEqualTo("urgent:lines");
        assertThat(first.replies()).extracting(Reply::text).containsExactly("urgent.noticed", "Call 12356");
    }

    @Test
    void commandsWinOverDistressAndIdiomsDoNotInterrupt() {
        DialogState asking = say(atMenu(), "1").state();
        assertThat(say(asking, "/menu I want to die").state().position()).isEqualTo("start:menu");
        Outcome idiom = say(asking, "催收天天打电话，烦死了");
        assertThat(idiom.state().position()).isEqualTo("note:when");
        assertThat(idiom.state().slots()).containsEntry("note.text", "催收天天打电话，烦死了");
    }

    @Test
    void distressInsideUrgentHelpSaysTheCrisisLinesAgain() {
        DialogState urgent = say(say(atMenu(), "1").state(), "I want to die").state();
        Outcome again = say(urgent, "I want to die");
        assertThat(again.state().position()).isEqualTo("urgent:lines");
        assertThat(again.replies()).extracting(Reply::text).containsExactly("urgent.noticed", "Call 12356");
        assertThat(say(again.state(), "/back").state().position()).isEqualTo("note:what");
    }

    @Test
    void namedActionsRun() {
        DialogState answered = say(say(atMenu(), "1").state(), "a call at night").state();
        DialogState menu = say(answered, "/menu").state();
        Outcome forgotten = say(menu, "2");
        assertThat(forgotten.state().slots()).isEmpty();
        assertThat(forgotten.state().position()).isEqualTo("start:menu");
    }

    @Test
    void restartClearsAnswersAndStartLinksOpenAFlow() {
        DialogState answered = say(say(atMenu(), "1").state(), "a call").state();
        Outcome restarted = say(answered, "/restart");
        assertThat(restarted.state().slots()).isEmpty();
        assertThat(restarted.state().position()).isEqualTo("start:menu");
        assertThat(say(engine.newState("en", "Asia/Shanghai"), "/start note").state().position()).isEqualTo("note:what");
        Outcome unknown = say(engine.newState("en", "Asia/Shanghai"), "/start ../../etc");
        assertThat(unknown.state().position()).isEqualTo("start:menu");
        assertThat(shown(unknown)).contains("engine.unknown_link");
    }

    @Test
    void aConversationWhoseStepWasRemovedReturnsToTheMenu() {
        DialogState lost = new DialogState(DialogState.SCHEMA, "en", "Asia/Shanghai", "note", "gone", Map.of(), List.of(), List.of(), null, List.of(),
                List.of(), Progress.NONE);
        Outcome outcome = say(lost, "hello");
        assertThat(outcome.state().position()).isEqualTo("start:menu");
    }
}
