package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.anxin.content.ShippedDialogs;
import org.junit.jupiter.api.Test;

/** Files reach the engine already stored; it records them in the locker only while the user is in it. */
class AttachmentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final DialogEngine engine = ShippedDialogs.engine();
    private final Incident.File file = new Incident.File("ab".repeat(32), "录音.m4a", "audio/mp4", 2048, "ab".repeat(32), NOW);

    /** A conversation whose user has agreed to the consent notice; files before that are covered by the engine. */
    private DialogState agreed() {
        return engine.newState("zh-CN", "Asia/Shanghai").consenting(NOW.toString());
    }

    private Outcome step(DialogState state, UserInput input) {
        return engine.step(state, new Turn(input, NOW));
    }

    @Test
    void aFileOutsideTheLockerIsNotKeptAndTheUserIsToldWhere() {
        DialogState menu = step(agreed(), new UserInput.Open()).state();

        Outcome outcome = step(menu, new UserInput.Attachment(file));

        assertThat(outcome.state().evidence()).isEmpty();
        assertThat(outcome.state().position()).isEqualTo(menu.position());
        assertThat(outcome.replies().get(0).text()).contains("保存证据");
    }

    @Test
    void aFileInTheLockerGoesWithTheLatestRecordOrStartsOne() {
        DialogState locker = step(agreed(), new UserInput.Text("/start evidence")).state();

        Outcome first = step(locker, new UserInput.Attachment(file));
        assertThat(first.state().evidence()).singleElement().satisfies(i -> {
            assertThat(i.files()).containsExactly(file);
            assertThat(i.when()).isEqualTo("2026-11-20T02:00:00Z");
        });
        assertThat(first.replies().get(0).text()).contains("录音.m4a", "新建了第 1 条记录");

        Incident.File second = new Incident.File("cd".repeat(32), "截图.png", "image/png", 10, "cd".repeat(32), NOW);
        Outcome again = step(first.state(), new UserInput.Attachment(second));
        assertThat(again.state().evidence()).singleElement()
                .satisfies(i -> assertThat(i.files()).extracting(Incident.File::name).isEqualTo(List.of("录音.m4a", "截图.png")));
        assertThat(again.replies().get(again.replies().size() - 1).choices()).isNotEmpty();
    }
}
