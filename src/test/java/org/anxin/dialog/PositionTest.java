package org.anxin.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Positions and targets are read from their written form in one place, and written back the same. */
class PositionTest {

    private static final Flow NOTE = new Flow("note", "what", Map.of(), false, null);
    private static final DialogSet DIALOGS = new DialogSet(Map.of("note", NOTE),
            new Messages(List.of("en"), Map.of("en", Map.of())), Map.of(), Map.of());

    @Test
    void aPositionIsReadFromFlowColonStepAndWrittenBackTheSame() {
        assertThat(Position.parse("evidence:log_when")).contains(new Position("evidence", "log_when"));
        assertThat(new Position("evidence", "log_when")).hasToString("evidence:log_when");
    }

    @Test
    void whatIsNotAFlowAndAStepIsNoPosition() {
        for (String text : new String[] {null, "", "menu", ":menu", "start:", "null"}) {
            assertThat(Position.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void aTargetIsAStepOfTheSameFlowAFlowsStartOrAStepOfAnotherFlow() {
        assertThat(Position.Target.parse("when").from("note", DIALOGS)).isEqualTo(new Position("note", "when"));
        assertThat(Position.Target.parse("note:").from("start", DIALOGS)).isEqualTo(new Position("note", "what"));
        assertThat(Position.Target.parse("note:when").from("start", DIALOGS)).isEqualTo(new Position("note", "when"));
        assertThat(Position.Target.parse("nosuch:").from("note", DIALOGS)).isNull();
    }

    @Test
    void aTargetKnowsWhetherItNamesAFlowOrGoesBack() {
        assertThat(Position.Target.parse("urgent:").namesFlow()).isTrue();
        assertThat(Position.Target.parse("when").namesFlow()).isFalse();
        assertThat(Position.Target.parse(Choice.BACK).back()).isTrue();
        assertThat(Position.Target.parse("urgent:")).hasToString("urgent:");
    }
}
