package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.anxin.content.ShippedDialogs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A deep link arrives as what it is, and does what {@code /start <payload>} typed does, on the real dialogs. */
class DeepLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final DialogEngine engine = ShippedDialogs.engine();

    private Outcome step(DialogState state, UserInput input) {
        return engine.step(state, new Turn(input, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"negotiate", "Evidence", "no-such-flow", ""})
    void aDeepLinkDoesWhatTypingStartWithItsPayloadDoes(String payload) {
        for (DialogState before : new DialogState[] {engine.newState("zh-CN", "Asia/Shanghai"),
                engine.newState("en", "Asia/Shanghai").consenting(NOW.toString())}) {
            Outcome linked = step(before, new UserInput.Start(payload));
            Outcome typed = step(before, new UserInput.Text("/start " + payload));

            assertThat(linked).isEqualTo(typed);
        }
    }
}
