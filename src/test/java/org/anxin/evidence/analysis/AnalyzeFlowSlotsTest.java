package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Outcome;
import org.anxin.dialog.Turn;
import org.anxin.dialog.UserInput;
import org.junit.jupiter.api.Test;

/** What the analyze flow leaves for the evidence locker: the text, when it arrived, the labels; and a fresh start. */
class AnalyzeFlowSlotsTest {

    /** 10:00 in Shanghai on 2026-11-20. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final DialogEngine engine = ShippedDialogs.engine();

    /** The user agrees to the consent notice with "1" right after the link, as a first contact does. */
    private DialogState say(DialogState state, String text) {
        Outcome outcome = engine.step(state, new Turn(new UserInput.Text(text), NOW));
        return outcome.state();
    }

    @Test
    void theLockerFindsTheTextTheTimeAndTheLabels() {
        DialogState state = say(say(engine.newState("zh-CN", "Asia/Shanghai"), "/start analyze"), "1");
        state = say(state, "老赖，交500元停催费，不然打爆你电话。");
        state = say(state, "昨晚11点40");
        assertThat(state.slots()).containsEntry("analysis.text", "老赖，交500元停催费，不然打爆你电话。")
                .containsEntry("analysis.time", "2026-11-19T23:40")
                .containsEntry("analysis.labels", "INSULT,UNLAWFUL_FEE_OR_NEW_LOAN,HARASSMENT_VOLUME,OFF_HOURS")
                .containsEntry("analysis.kind", "abusive");
    }

    @Test
    void checkingAnotherMessageForgetsTheLastOnesTime() {
        DialogState state = say(say(engine.newState("en", "Asia/Shanghai"), "/start analyze"), "1");
        state = say(state, "Your payment is overdue. Please pay in our app.");
        state = say(state, "23:10");
        assertThat(state.slots()).containsEntry("analysis.labels", "OFF_HOURS");
        state = say(state, "Check another message");
        assertThat(state.slots()).doesNotContainKeys("analysis.text", "analysis.time", "analysis.labels");
        state = say(state, "Your payment is overdue. Please pay in our app.");
        state = say(state, "I don't remember");
        assertThat(state.slots()).containsEntry("analysis.labels", "LAWFUL_REMINDER").doesNotContainKey("analysis.time");
    }

    @Test
    void goingBackAndNotRememberingTheTimeForgetsTheTimeGivenBefore() {
        DialogState state = say(say(engine.newState("zh-CN", "Asia/Shanghai"), "/start analyze"), "1");
        state = say(state, "您的账单已逾期，请在官方App内尽快还款。");
        state = say(state, "23:10");
        assertThat(state.slots()).containsEntry("analysis.labels", "OFF_HOURS");
        state = say(state, "/back");
        state = say(state, "不记得了");
        assertThat(state.slots()).containsEntry("analysis.labels", "LAWFUL_REMINDER").doesNotContainKey("analysis.time");
    }
}
