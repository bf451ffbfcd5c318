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

/** A form step: asks only what it does not know, lets optional fields be skipped, reviews, edits, hands over. */
class FormEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Form LETTER = new Form("demo-letter", Map.of("en", "demo letter"), List.of(
            new Form.Field("lender", Map.of("en", "the lender's full name"), Map.of("en", "HINT as on the contract"), SlotType.TEXT,
                    true, "lender.name", false, "lender.registered", null),
            new Form.Field("amount", Map.of("en", "the amount owed"), Map.of(), SlotType.MONEY, true, "plan.owed", false, null, null),
            new Form.Field("evidence", Map.of("en", "your evidence"), Map.of(), SlotType.TEXT, true, "letter.evidence", true, null, null),
            new Form.Field("phone", Map.of("en", "your phone"), Map.of(), SlotType.PHONE, false, "me.phone", false, null, null)));

    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        String start = """
                id: start
                start: menu
                steps:
                  menu:
                    say: menu
                    choices:
                      - { label: write, goto: letter }
                  letter:
                    say: intro
                    form: demo-letter
                    next: after
                  after:
                    say: after
                    choices:
                      - { label: common.menu, goto: menu }
                """;
        String urgent = "id: urgent\nstart: lines\nsteps:\n  lines:\n    say: menu\n    choices:\n      - { label: common.menu, goto: \"start:menu\" }\n";
        StringBuilder messages = new StringBuilder("menu: Menu\nwrite: Write a letter\nintro: Let's write it\nafter: Sent\n");
        for (String key : Extensions.of(List.of()).messageKeys(DialogEngineTest.EMPTY).keySet()) {
            String text = switch (key) {
                case "engine.form.ask" -> "ASK {label}";
                case "engine.form.ask_optional" -> "ASK {label} (optional)";
                case "engine.form.line" -> "{label} = {value}";
                case "engine.keep" -> "KEEP {value}";
                case "engine.form.hint" -> "{hint}";
                default -> key.startsWith("words.") ? key.substring(6) : key;
            };
            messages.append('"').append(key).append("\": \"").append(text).append("\"\n");
        }
        // Each language names itself when the user switches to it.
        messages.append('"').append(DialogEngine.LANG_SWITCHED).append("en\": \"English\"\n");
        LoadedDialogs loaded = DialogLoader.load(List.of(new SourceFile("flows/start.yaml", start),
                new SourceFile("flows/urgent.yaml", urgent), new SourceFile("messages/en.yaml", messages.toString())));
        DialogSet set = new DialogSet(loaded.dialogs().flows(), loaded.dialogs().messages(), Map.of(),
                Map.of(LETTER.id(), LETTER));
        LoadedDialogs withForm = new LoadedDialogs(set, loaded.messageLines(), loaded.problems());
        assertThat(DialogValidator.validate(withForm, List.of())).isEmpty();
        return new DialogEngine(set, List.of());
    }

    private Outcome say(DialogState state, String text) {
        return engine.step(state, new Turn(new UserInput.Text(text), NOW));
    }

    private static String shown(Outcome outcome) {
        return outcome.replies().stream().map(r -> r.text() + " " + r.choices().stream().map(Reply.Option::label)
                .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"));
    }

    private DialogState atForm() {
        DialogState menu = say(engine.newState("en", "Asia/Shanghai"), "hi").state();
        return say(menu, "1").state();
    }

    /** At the form, with the lender named, 35000 owed and two pieces of evidence: the review. */
    private DialogState atReview() {
        DialogState state = say(say(atForm(), "Bank of Example").state(), "3万5").state();
        state = say(say(state, "recording of the call").state(), "screenshot of the SMS").state();
        return say(state, "engine.form.done").state();
    }

    @Test
    void asksOnlyTheRequiredFieldsItDoesNotKnowThenReviews() {
        Outcome first = say(engine.newState("en", "Asia/Shanghai").withSlot("plan.owed", "35000"), "hi");
        Outcome form = say(first.state(), "1");
        assertThat(shown(form)).contains("Let's write it", "ASK the lender's full name");
        Outcome named = say(form.state(), "{{x}} Bank ${7*7}");
        assertThat(shown(named)).as("the amount is known already").contains("ASK your evidence");
        Outcome one = say(named.state(), "a recording");
        assertThat(shown(one)).contains("engine.form.more", "engine.form.done");
        Outcome two = say(one.state(), "a screenshot");
        assertThat(two.state().slots()).containsEntry("letter.evidence", "a recording\na screenshot");
        Outcome review = say(two.state(), "engine.form.done");
        assertThat(shown(review)).as("the optional phone is not asked").doesNotContain("ASK your phone")
                .contains("the lender's full name = {{x}} Bank ${7*7}", "the amount owed = 35000",
                        "engine.form.missing", "engine.form.generate", "engine.form.change")
                .as("an empty field is named once, not listed as empty").doesNotContain("your phone =");
    }

    @Test
    void aFieldIsAskedWithItsHintAndWhatTheJourneyKnowsIsOfferedAsTheAnswer() {
        Outcome first = say(engine.newState("en", "Asia/Shanghai").withSlot("plan.owed", "35000")
                .withSlot("lender.registered", "Shenzhen Qianhai WeBank Co., Ltd."), "hi");
        Outcome form = say(first.state(), "1");
        assertThat(shown(form)).contains("ASK the lender's full name", "HINT as on the contract");
        assertThat(form.replies().get(form.replies().size() - 1).choices()).extracting(Reply.Option::label)
                .contains("engine.form.use");

        Outcome used = say(form.state(), "engine.form.use");

        assertThat(used.state().slots()).containsEntry("lender.name", "Shenzhen Qianhai WeBank Co., Ltd.");
        assertThat(shown(used)).contains("ASK your evidence").doesNotContain("HINT");
    }

    @Test
    void anOptionalFieldIsFilledFromTheReviewAndAChangedFieldReturnsToIt() {
        Outcome choosing = say(atReview(), "engine.form.change");
        assertThat(shown(choosing)).contains("engine.form.which", "your phone");
        Outcome asking = say(choosing.state(), "your phone");
        assertThat(shown(asking)).contains("ASK your phone (optional)", "engine.form.skip");
        Outcome badPhone = say(asking.state(), "12345");
        assertThat(shown(badPhone)).contains("engine.reask.phone");
        assertThat(badPhone.state().slots()).doesNotContainKey("me.phone");
        Outcome phoned = say(asking.state(), "139 1234 5678");
        assertThat(shown(phoned)).contains("your phone = 13912345678", "engine.form.generate");
        Outcome amount = say(say(phoned.state(), "engine.form.change").state(), "the amount owed");
        assertThat(shown(amount)).contains("ASK the amount owed", "KEEP 35000");
        assertThat(shown(say(amount.state(), "1.2w"))).contains("the amount owed = 12000");
    }

    @Test
    void generatingHandsOverTheDocumentAndGoesOn() {
        Outcome done = say(atReview(), "engine.form.generate");
        assertThat(done.replies()).anySatisfy(r -> assertThat(r.document()).isEqualTo(new Document("demo-letter", "en")));
        assertThat(done.state().position()).isEqualTo("start:after");
        assertThat(done.state().slots()).containsEntry("lender.name", "Bank of Example");
        assertThat(done.state().progress().form()).isEqualTo(Progress.FormState.NONE);
    }

    @Test
    void eachLetterMadeIsKeptOnceWithWhenItWasLastMadeForTheUsersData() {
        DialogState made = say(atReview(), "engine.form.generate").state();
        assertThat(new KeptData(engine.dialogs(), made).letters())
                .containsExactly(new KeptData.Letter("demo-letter", "demo letter", NOW));

        DialogState review = say(say(made, "/menu").state(), "1").state();
        Instant later = NOW.plusSeconds(86_400);
        DialogState again = engine.step(review, new Turn(new UserInput.Text("engine.form.generate"), later)).state();

        assertThat(new KeptData(engine.dialogs(), again).letters())
                .containsExactly(new KeptData.Letter("demo-letter", "demo letter", later));
        assertThat(again.letters()).containsExactly(new DialogState.Letter("demo-letter", later));
        assertThat(new KeptData(engine.dialogs(), again).answers().named()).as("not an answer of the user's")
                .noneMatch(a -> a.value().contains("demo-letter"));
    }

    @Test
    void startingAgainForgetsTheAnswersAndWhereTheFormStoodButKeepsTheLettersMade() {
        DialogState made = say(atReview(), "engine.form.generate").state();
        DialogState choosing = say(say(say(made, "/menu").state(), "1").state(), "engine.form.change").state();
        assertThat(choosing.progress().form().choosing()).isTrue();

        DialogState restarted = say(choosing, "/restart").state();

        assertThat(restarted.position()).isEqualTo("start:menu");
        assertThat(restarted.slots()).isEmpty();
        assertThat(restarted.progress()).isEqualTo(Progress.NONE);
        assertThat(restarted.letters()).containsExactly(new DialogState.Letter("demo-letter", NOW));
    }

    @Test
    void backAndMenuWorkInsideAForm() {
        DialogState asking = atForm();
        assertThat(say(asking, "/menu").state().position()).isEqualTo("start:menu");
        DialogState named = say(asking, "Bank of Example").state();
        Outcome back = say(named, "/back");
        assertThat(back.state().position()).isEqualTo("start:letter");
        assertThat(back.replies()).isNotEmpty();
    }
}
