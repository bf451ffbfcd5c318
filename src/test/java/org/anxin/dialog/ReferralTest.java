package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxin.content.DialogsContent;
import org.anxin.content.ShippedDialogs;
import org.junit.jupiter.api.Test;

/** A counselor's link as the engine sees it, on the real dialogs: who sent the user, what is known, where to go. */
class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String WELCOME = "是法律援助中心的咨询员请你来这里的";
    private static final String NOTICE = "开始前说一声";
    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        // The folder as the server reads it, with the analyzer's actions its flows also run.
        DialogsContent.Checked checked = ShippedDialogs.checked();
        assertThat(checked.problems()).isEmpty();
        return checked.engine();
    }

    private Outcome step(DialogState state, UserInput input) {
        return engine.step(state, new Turn(input, NOW));
    }

    private static String shown(Outcome outcome) {
        return outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    /** A first contact: nothing agreed to yet. */
    private DialogState fresh() {
        return engine.newState("zh-CN", "Asia/Shanghai");
    }

    /** Someone who agreed to the consent notice earlier and now follows a link. */
    private DialogState agreedBefore() {
        return fresh().consenting(NOW.minusSeconds(3600).toString());
    }

    @Test
    void atAFirstContactTheUserLearnsWhoSentThemThenAgreesAndGoesOnWithWhatTheCounselorKnows() {
        Outcome referred = step(fresh(), new UserInput.Referral("lender", Map.of("lender.name", "某某小贷"), "法律援助中心",
                "带上合同"));
        String said = shown(referred);
        assertThat(said).contains(WELCOME, "咨询员留给你的话：带上合同", NOTICE);
        // Who sent them comes first, then the counselor's note, then what Anxin keeps.
        assertThat(said.indexOf(WELCOME)).isLessThan(said.indexOf("带上合同"));
        assertThat(said.indexOf("带上合同")).isLessThan(said.indexOf(NOTICE));
        assertThat(referred.state().position()).isEqualTo("consent:notice");
        assertThat(referred.state().consented()).isFalse();

        Outcome agreed = step(referred.state(), new UserInput.Text("1"));
        assertThat(agreed.state().consented()).isTrue();
        assertThat(agreed.state().position()).isEqualTo("lender:type");
        assertThat(agreed.state().slots()).containsEntry("lender.name", "某某小贷").containsEntry("handoff.org", "法律援助中心");
        assertThat(shown(agreed)).doesNotContain(WELCOME, NOTICE);
    }

    @Test
    void aLenderNamedWithoutItsTypeIsNotAskedForAgain() {
        Outcome referred = step(agreedBefore(), new UserInput.Referral("lender", Map.of("lender.name", "某某小贷"), "法律援助中心", null));
        assertThat(referred.state().position()).isEqualTo("lender:type");
        assertThat(referred.state().slots()).containsEntry("lender.name", "某某小贷").containsEntry("handoff.org", "法律援助中心");
        assertThat(shown(referred)).contains(WELCOME).doesNotContain("咨询员留给你的话", NOTICE);
    }

    @Test
    void whatTheCounselorWroteIsShownAsItIsAndCannotSetTheEnginesOwnProgress() {
        Outcome referred = step(agreedBefore(), new UserInput.Referral("negotiate",
                Map.of("_form.editing", "x", "_lang.chosen", "yes", "lender.type", "bank"), "{plan.owed} 中心 {{x}}",
                "${7*7} {handoff.org}"));
        assertThat(shown(referred)).contains("是{plan.owed} 中心 {{x}}的咨询员", "咨询员留给你的话：${7*7} {handoff.org}");
        assertThat(referred.state().slots()).containsEntry("lender.type", "bank");
        assertThat(referred.state().progress()).as("names like the old progress slots are only answers")
                .isEqualTo(Progress.NONE);
        assertThat(referred.state().position()).isEqualTo("negotiate:owed");
    }

    @Test
    void aLinkToAFlowThatIsGoneOrADeadLinkStartsAtTheBeginningKindly() {
        Outcome gone = step(agreedBefore(), new UserInput.Referral("removed-flow", Map.of(), "中心", null));
        assertThat(gone.state().position()).isEqualTo("start:menu");

        Outcome dead = step(fresh(), new UserInput.DeadLink());
        String said = shown(dead);
        assertThat(said).contains("这个链接已经过期或不能再用了", NOTICE);
        assertThat(said.indexOf("这个链接已经过期")).isLessThan(said.indexOf(NOTICE));
        DialogState agreed = step(dead.state(), new UserInput.Text("1")).state();
        assertThat(agreed.position()).isEqualTo("start:menu");
        assertThat(agreed.slots()).doesNotContainKey("handoff.org");
    }

    @Test
    void withdrawingRemovesTheShareMarkAndRestartingForgetsTheCounselor() {
        DialogState at = step(agreedBefore(), new UserInput.Referral("start", Map.of(), "中心", null)).state();
        Outcome hub = step(at, new UserInput.Text("/start handoff"));
        assertThat(hub.state().position()).isEqualTo("handoff:menu");
        Outcome offer = step(hub.state(), new UserInput.Text("1"));
        assertThat(shown(offer)).contains("会分享的只有", "不会分享的");
        DialogState shared = step(offer.state(), new UserInput.Text("1")).state();
        assertThat(shared.slots()).containsKey(BuiltInActions.SHARED);
        DialogState withdrawn = step(shared, new UserInput.Text("2")).state();
        assertThat(withdrawn.position()).isEqualTo("handoff:withdraw");
        assertThat(withdrawn.slots()).doesNotContainKey(BuiltInActions.SHARED).containsEntry("handoff.org", "中心");

        DialogState restarted = step(shared, new UserInput.Text("/restart")).state();
        assertThat(restarted.slots()).doesNotContainKeys(BuiltInActions.SHARED, "handoff.org");
    }

    @Test
    void sayingStopSharingAnywhereWithdrawsAndTheQuestionWaitsToBeAnsweredAgain() {
        DialogState at = step(agreedBefore(), new UserInput.Referral("negotiate", Map.of(), "中心", null)).state();
        DialogState shared = step(step(step(at, new UserInput.Text("/start handoff")).state(), new UserInput.Text("1")).state(),
                new UserInput.Text("1")).state();
        DialogState asking = step(shared, new UserInput.Text("/start negotiate")).state();
        assertThat(asking.slots()).containsKey(BuiltInActions.SHARED);

        Outcome withdrawn = step(asking, new UserInput.Text("撤回分享"));

        assertThat(withdrawn.state().slots()).doesNotContainKey(BuiltInActions.SHARED);
        assertThat(withdrawn.state().position()).isEqualTo("handoff:withdraw");
        assertThat(step(withdrawn.state(), new UserInput.Text("/back")).state().position()).isEqualTo(asking.position());
    }

    @Test
    void inUrgentHelpSomeoneACounselorSentIsOfferedThatCounselorBeforeGoingBackToTheDebt() {
        DialogState at = step(agreedBefore(), new UserInput.Referral("negotiate", Map.of(), "法律援助中心", null)).state();
        Outcome lines = step(at, new UserInput.Text("紧急求助"));
        assertThat(shown(lines)).contains("你现在安全吗").doesNotContain("谢谢你告诉我");

        Outcome reach = step(lines.state(), new UserInput.Text("1"));
        assertThat(shown(reach)).contains("联系一个你信任的人");
        Outcome offered = step(reach.state(), new UserInput.Text("1"));
        assertThat(shown(offered)).contains("介绍你来的法律援助中心的咨询员也可以帮你");

        Outcome asked = step(offered.state(), new UserInput.Text("1"));
        assertThat(asked.state().position()).isEqualTo("handoff:person");
        assertThat(shown(asked)).contains("想找真人聊聊");

        Outcome notNow = step(offered.state(), new UserInput.Text("2"));
        assertThat(shown(notNow)).contains("回到欠款的事之前").doesNotContain("咨询员");
    }
}
