package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.anxin.content.DialogsContent;
import org.anxin.content.ShippedDialogs;
import org.junit.jupiter.api.Test;

/**
 * What the engine does with what the understanding layer found, given fixed findings: typed needs lead to their
 * flow or to "did you mean" buttons, distress to urgent help and an uncertain sign of it to the direct question, from
 * any step and before consent, with the way back kept.
 */
class ReadingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        DialogsContent.Checked checked = ShippedDialogs.checked();
        assertThat(checked.problems()).isEmpty();
        return checked.engine();
    }

    private Outcome say(DialogState state, String text, Reading reading) {
        return engine.step(state, new Turn(new UserInput.Text(text, reading), NOW));
    }

    private Outcome tap(DialogState state, String key) {
        return engine.step(state, new Turn(new UserInput.Pick(state.position(), key), NOW));
    }

    private static String shown(Outcome outcome) {
        return outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    private static List<String> buttons(Outcome outcome) {
        return outcome.replies().get(outcome.replies().size() - 1).choices().stream().map(Reply.Option::label).toList();
    }

    private DialogState atMenu() {
        DialogState agreed = engine.newState("zh-CN", "Asia/Shanghai");
        DialogState consent = say(agreed, "你好", Reading.NOTHING).state();
        return say(consent, "1", Reading.NOTHING).state();
    }

    private static Reading sure(String intent) {
        return new Reading(Reading.Concern.NONE, List.of(intent), true);
    }

    @Test
    void aClearNeedTypedAtTheMenuGoesThere() {
        DialogState menu = atMenu();
        assertThat(menu.position()).isEqualTo("start:menu");
        Outcome family = say(menu, "催收打电话给我妈了", sure("family"));
        assertThat(family.state().position()).isEqualTo("family:who");
        assertThat(say(family.state(), "/back", Reading.NOTHING).state().position()).isEqualTo("start:menu");
    }

    @Test
    void anUnclearNeedIsOfferedAsButtonsAndAPickGoesThere() {
        DialogState menu = atMenu();
        Outcome guess = say(menu, "我还不起了怎么办", new Reading(Reading.Concern.NONE, List.of("negotiate", "calm"), false));
        assertThat(shown(guess)).contains("你是想");
        assertThat(buttons(guess)).containsExactly("准备和放贷方协商还款", "先让自己平静下来", "都不是");
        assertThat(guess.state().position()).isEqualTo("start:menu");
        assertThat(tap(guess.state(), "1").state().position()).isEqualTo("negotiate:owed");
    }

    @Test
    void noneOfTheseAsksTheQuestionAgainAndAStaleGuessIsGone() {
        Outcome guess = say(atMenu(), "嗯那个", new Reading(Reading.Concern.NONE, List.of("legal"), false));
        Outcome none = tap(guess.state(), "2");
        assertThat(shown(none)).contains("换个说法");
        assertThat(none.state().position()).isEqualTo("start:menu");
        assertThat(buttons(none)).hasSizeGreaterThan(5);
        assertThat(none.state().progress().guesses()).isEmpty();
    }

    @Test
    void wordsThatFitNothingAskTheQuestionAgain() {
        Outcome again = say(atMenu(), "今天天气", Reading.NOTHING);
        assertThat(shown(again)).contains("没看懂");
        assertThat(again.state().position()).isEqualTo("start:menu");
    }

    @Test
    void anUncertainSignOfDistressIsAskedDirectlyAndNoReturnsToTheQuestion() {
        DialogState menu = atMenu();
        Outcome asked = say(menu, "我真的好累 不想再这样下去了", new Reading(Reading.Concern.UNSURE, List.of(), false));
        assertThat(asked.state().position()).isEqualTo("urgent:check");
        assertThat(shown(asked)).contains("伤害自己");
        assertThat(buttons(asked)).containsExactly("是", "不是", "不想说");
        Outcome no = tap(asked.state(), "2");
        assertThat(no.state().position()).isEqualTo("start:menu");
        assertThat(shown(no)).contains("谢谢你回答我", "最想先做哪一件事");
    }

    @Test
    void whereATypedAnswerIsExpectedOnlyAClearSignInterrupts() {
        DialogState owed = say(atMenu(), "3", Reading.NOTHING).state();
        assertThat(owed.position()).isEqualTo("negotiate:owed");
        Outcome unsure = say(owed, "好累 不想弄了", new Reading(Reading.Concern.UNSURE, List.of(), false));
        assertThat(unsure.state().position()).isEqualTo("negotiate:owed");
        Outcome urgent = say(owed, "还不上 只想结束这一切", new Reading(Reading.Concern.URGENT, List.of(), false));
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
    }

    @Test
    void aButtonsLabelTypedOutIsThatButtonWhateverTheModelThought() {
        Outcome picked = say(atMenu(), "准备和放贷方协商还款", new Reading(Reading.Concern.URGENT, List.of(), false));
        assertThat(picked.state().position()).isEqualTo("negotiate:owed");
    }

    @Test
    void yesToTheDirectQuestionGivesTheCrisisLines() {
        DialogState menu = atMenu();
        Outcome asked = say(menu, "好累", new Reading(Reading.Concern.UNSURE, List.of(), false));
        Outcome yes = tap(asked.state(), "1");
        assertThat(yes.state().position()).isEqualTo("urgent:lines");
        assertThat(shown(yes)).contains("12356", "110");
    }

    @Test
    void distressReadByTheModelAsTheFirstMessageComesBeforeTheConsentNotice() {
        Outcome first = say(engine.newState("zh-CN", "Asia/Shanghai"), "药已经攒够了",
                new Reading(Reading.Concern.URGENT, List.of(), false));
        assertThat(first.state().position()).isEqualTo("urgent:lines");
        assertThat(shown(first)).contains("12356");
        assertThat(first.state().consented()).isFalse();
    }

    @Test
    void aClearNeedAsTheFirstMessageGoesThereOnceTheUserAgrees() {
        Outcome first = say(engine.newState("zh-CN", "Asia/Shanghai"), "我想投诉这个平台", sure("complain"));
        assertThat(first.state().position()).isEqualTo("consent:notice");
        assertThat(tap(first.state(), "1").state().flow()).isEqualTo("complain");
    }

    @Test
    void theRulesStillCatchDistressWhenNothingElseReadTheMessage() {
        Outcome urgent = engine.step(atMenu(), new Turn(new UserInput.Text("我不想活了"), NOW));
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
    }

    @Test
    void distressAtTheMoneyQuestionInterruptsAndBackReturnsToIt() {
        DialogState owed = say(atMenu(), "3", Reading.NOTHING).state();
        assertThat(owed.position()).isEqualTo("negotiate:owed");

        Outcome urgent = say(owed, "欠了35000，还不上，我不想活了", Reading.NOTHING);
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
        assertThat(urgent.state().slots()).doesNotContainKey("plan.owed");
        assertThat(shown(urgent)).contains("我很担心你", "12356", "110");

        Outcome back = say(urgent.state(), "/back", Reading.NOTHING);
        assertThat(back.state().position()).isEqualTo("negotiate:owed");
        assertThat(shown(back)).contains("欠这家放贷方大约多少钱");
        assertThat(say(back.state(), "35000", Reading.NOTHING).state().slots()).containsEntry("plan.owed", "35000");
    }

    @Test
    void theDirectQuestionCanBeAnsweredInWordsAndAClearSignThereGivesTheLines() {
        DialogState asked = say(atMenu(), "好累", new Reading(Reading.Concern.UNSURE, List.of(), false)).state();
        assertThat(say(asked, "是的", Reading.NOTHING).state().position()).isEqualTo("urgent:lines");
        assertThat(say(asked, "没有", Reading.NOTHING).state().position()).isEqualTo("start:menu");
        Outcome urgent = say(asked, "我想死", Reading.NOTHING);
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
        assertThat(shown(urgent)).contains("12356");
    }

    @Test
    void afterNoAnUncertainSignIsNotAskedAgainButAClearOneStillGivesTheLines() {
        DialogState asked = say(atMenu(), "好累", new Reading(Reading.Concern.UNSURE, List.of(), false)).state();
        DialogState menu = tap(asked, "2").state();
        assertThat(menu.position()).isEqualTo("start:menu");
        Outcome again = say(menu, "真的好累", new Reading(Reading.Concern.UNSURE, List.of(), false));
        assertThat(again.state().position()).isEqualTo("start:menu");
        assertThat(say(menu, "不想活了", Reading.NOTHING).state().position()).isEqualTo("urgent:lines");
    }

    @Test
    void guessesTheDialogsNoLongerHaveAreLeftOutAndNeverGuessedInUrgentHelp() {
        DialogState menu = atMenu();
        Outcome guess = say(menu, "那个", new Reading(Reading.Concern.NONE, List.of("gone", "legal"), false));
        assertThat(buttons(guess)).containsExactly(engine.dialogs().messages().text("zh-CN", "start.choice.legal", java.util.Map.of()), "都不是");
        DialogState lines = say(menu, "/urgent", Reading.NOTHING).state();
        Outcome there = say(lines, "协商", new Reading(Reading.Concern.NONE, List.of("negotiate"), false));
        assertThat(there.state().position()).isEqualTo("urgent:lines");
        assertThat(there.state().progress().guesses()).isEmpty();
    }
}
