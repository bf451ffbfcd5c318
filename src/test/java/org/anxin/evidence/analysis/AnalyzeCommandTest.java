package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anxin.cli.CommandRun;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code anxin analyze}, run in-process: one JSON line per input line, whatever the line holds. */
class AnalyzeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void plainTextAndJsonLinesGetOneAnswerEachInOrder() {
        CommandRun r = CommandRun.withInput("""
                再不处理，就把你的欠款截图发给你通讯录所有人和你们领导。
                {"text":"您的账单已逾期，请尽快还款。","time":"2026-11-20T23:40"}
                【某银行】您尾号1234的信用卡已逾期15天，请通过官方App还款；如有困难可申请协商分期。
                """, "analyze");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0)).isEqualTo("{\"abusive\":true,\"verdict\":\"abusive\",\"labels\":[\"THIRD_PARTY_DISCLOSURE\"],"
                + "\"citations\":[\"rule.gbt45251.hours\",\"rule.cba.collection\",\"law.pipl\"],"
                + "\"evidence\":[{\"label\":\"THIRD_PARTY_DISCLOSURE\",\"phrase\":\"发给你通讯录所有人\"}]}");
        JsonNode night = JSON.readTree(r.lines().get(1));
        assertThat(night.get("abusive").asBoolean()).isTrue();
        assertThat(night.get("labels").toString()).isEqualTo("[\"OFF_HOURS\"]");
        assertThat(night.get("evidence").get(0).get("phrase").asString()).isEqualTo("23:40");
        JsonNode reminder = JSON.readTree(r.lines().get(2));
        assertThat(reminder.get("abusive").asBoolean()).isFalse();
        assertThat(reminder.get("labels").toString()).isEqualTo("[\"LAWFUL_REMINDER\"]");
        assertThat(reminder.get("citations").toString()).isEqualTo("[\"rule.lawful.collection\"]");
    }

    @Test
    void badLinesGetAnErrorLineAndTheRestIsStillAnswered() {
        String huge = "还钱".repeat(3000);
        CommandRun r = CommandRun.withInput(String.join("\n", List.of("", "{\"text\": 12", "{\"time\":\"23:40\"}",
                "{\"text\":\"还钱\",\"time\":\"昨晚\"}", huge, "   ", "老赖，还钱！")) + "\n", "analyze");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(7);
        assertThat(JSON.readTree(lines.get(0)).get("error").asString()).startsWith("empty");
        assertThat(JSON.readTree(lines.get(1)).get("error").asString()).startsWith("not valid JSON");
        assertThat(JSON.readTree(lines.get(2)).get("error").asString()).startsWith("no text");
        assertThat(JSON.readTree(lines.get(3)).get("error").asString()).startsWith("time is not");
        assertThat(JSON.readTree(lines.get(4)).get("error").asString()).startsWith("too long");
        assertThat(JSON.readTree(lines.get(5)).get("error").asString()).startsWith("empty");
        assertThat(JSON.readTree(lines.get(6)).get("labels").toString()).isEqualTo("[\"INSULT\"]");
    }

    @Test
    void templateSyntaxEmojiAndControlCharactersAreReadAsText() {
        CommandRun r = CommandRun.withInput("你好 {{x}} {slot} 😀\u0007\n{\"text\":\"{{x}} 老赖 {slot} 😀\"}\n", "analyze");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).containsExactly("{\"abusive\":false,\"verdict\":\"unclear\",\"labels\":[],\"citations\":[],\"evidence\":[]}",
                "{\"abusive\":true,\"verdict\":\"abusive\",\"labels\":[\"INSULT\"],\"citations\":[\"rule.cba.collection\",\"law.civil.damages\","
                        + "\"law.public.security\"],\"evidence\":[{\"label\":\"INSULT\",\"phrase\":\"老赖\"}]}");
    }

    @Test
    void aFolderWithoutRulesExitsTwo() {
        CommandRun r = CommandRun.withInput("还钱\n", "analyze", "--dir", "no-such-folder");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("analyze:");
    }
}
