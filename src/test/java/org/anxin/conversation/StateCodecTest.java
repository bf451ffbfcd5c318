package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StateCodecTest {

    private final StateCodec codec = new StateCodec(JsonMapper.builder().build());

    @Test
    void aStateStoredBeforeTheLockerReadsWithAnEmptyOneInTheCurrentSchema() {
        String stored = """
                {"schema":1,"locale":"zh-CN","zone":"Asia/Shanghai","flow":"negotiate","step":"owed",
                 "slots":{"plan.owed":"35000"},"back":["start:menu"],"cited":[]}""";

        DialogState state = codec.read(stored);

        assertThat(state.schema()).isEqualTo(DialogState.SCHEMA);
        assertThat(state.evidence()).isEmpty();
        assertThat(state.slots()).containsEntry("plan.owed", "35000");
        assertThat(state.position()).isEqualTo("negotiate:owed");
    }

    @Test
    void incidentsAndTheirFilesSurviveTheStore() {
        Incident.File file = new Incident.File("ab".repeat(32), "截图.png", "image/png", 1234, "ab".repeat(32),
                Instant.parse("2026-11-22T14:05:00Z"));
        Incident incident = new Incident(1, "2026-11-22T14:00:00Z", "call", "13800001234", null, "{{x}} 再不还钱",
                List.of("THREAT"), List.of(file));
        DialogState state = new DialogState(DialogState.SCHEMA, "zh-CN", "Asia/Shanghai", "evidence", "home",
                Map.of(), List.of(), List.of(), "2026-11-22T13:00:00Z", List.of(incident));

        assertThat(codec.read(codec.write(state))).isEqualTo(state);
    }

    @Test
    void aStateFromANewerAnxinIsRefused() {
        assertThatThrownBy(() -> codec.read("{\"schema\":99,\"locale\":\"en\",\"zone\":\"UTC\",\"slots\":{},\"back\":[]}"))
                .hasMessageContaining("newer");
    }
}
