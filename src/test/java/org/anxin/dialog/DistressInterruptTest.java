package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import org.anxin.DialogsContent;
import org.junit.jupiter.api.Test;

/** Distress typed at a money question of the real dialogs interrupts into urgent help and keeps the way back. */
class DistressInterruptTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        DialogsContent.Checked checked = DialogsContent.check(Path.of("dialogs"));
        assertThat(checked.problems()).isEmpty();
        return checked.engine();
    }

    private Outcome say(DialogState state, String text) {
        return engine.step(state, new Turn(new UserInput.Text(text), NOW));
    }

    private static String shown(Outcome outcome) {
        return outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    @Test
    void distressAtTheMoneyQuestionInterruptsAndBackReturnsToIt() {
        DialogState notice = say(engine.newState("zh-CN", "Asia/Shanghai"), "你好").state();
        assertThat(notice.position()).isEqualTo("consent:notice");
        DialogState menu = say(notice, "1").state();
        DialogState owed = say(menu, "3").state();
        assertThat(owed.position()).isEqualTo("negotiate:owed");

        Outcome urgent = say(owed, "欠了35000，还不上，我不想活了");
        assertThat(urgent.state().position()).isEqualTo("urgent:lines");
        assertThat(urgent.state().slots()).doesNotContainKey("plan.owed");
        assertThat(shown(urgent)).contains("我很担心你", "12356", "110");

        Outcome back = say(urgent.state(), "/back");
        assertThat(back.state().position()).isEqualTo("negotiate:owed");
        assertThat(shown(back)).contains("欠这家放贷方大约多少钱");
        assertThat(say(back.state(), "35000").state().slots()).containsEntry("plan.owed", "35000");
    }
}
