package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Extensions are put together once, for the engine and the validator alike. */
class ExtensionsTest {

    private static final Action NOTHING = Action.onSlots((slots, context) -> Map.of(), Set.of());

    private static DialogExtension offering(String name, String action) {
        return new DialogExtension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Action> actions() {
                return Map.of(action, NOTHING);
            }
        };
    }

    @Test
    void anActionOfferedTwiceIsRefusedNamingBoth() {
        assertThatThrownBy(() -> Extensions.of(List.of(offering("the plan", "plan.afford"), offering("a copy", "plan.afford"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan.afford").hasMessageContaining("the plan").hasMessageContaining("a copy");
    }

    @Test
    void noExtensionMayTakeTheNameOfABuiltInAction() {
        assertThatThrownBy(() -> Extensions.of(List.of(offering("mine", "answers.clear"))))
                .hasMessageContaining("the engine");
    }

    @Test
    void theEngineSaysWhatItsPartsDeclareAndNamesItselfForThem() {
        Map<String, String> keys = Extensions.of(List.of(DialogExtension.saying("the channels", List.of("channel.sorry"))))
                .messageKeys(DialogEngineTest.EMPTY);

        assertThat(keys).containsEntry("understand.none_of_these", "the engine").containsEntry("engine.reask.money", "the engine")
                .containsEntry("words.mydata", "the engine").containsEntry("channel.sorry", "the channels");
    }

    @Test
    void theContentMakesSomeMessagesNecessary() {
        Step withdraw = new Step("withdraw_now", List.of(), null, List.of(), List.of(), null, "x", List.of(), null, null,
                "withdraw", null);
        Flow handoff = new Flow("handoff", "withdraw_now", Map.of("withdraw_now", withdraw), false, null);
        Form form = new Form("letter", Map.of(), List.of(new Form.Field("name", Map.of(), Map.of(), SlotType.TEXT, true,
                "me.name", false, null, "you")));
        DialogSet dialogs = new DialogSet(Map.of("handoff", handoff), new Messages(List.of("zh-CN", "en"), Map.of()),
                Map.of(), Map.of("letter", form));

        assertThat(Extensions.of(List.of()).messageKeys(dialogs)).containsKeys("words.withdraw", "engine.form.group.you",
                DialogEngine.LANG_SWITCHED + "zh-CN", DialogEngine.LANG_SWITCHED + "en");
    }
}
