package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Document;
import org.anxin.dialog.Progress;
import org.junit.jupiter.api.Test;

/**
 * A user who reads traditional characters still gets letters in simplified ones, since they go to mainland bodies;
 * what the user typed goes in as typed.
 */
class TraditionalReaderLetterTest {

    private static final Path DIALOGS = Path.of("dialogs");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aLetterForAUserReadingTraditionalIsInSimplifiedCharacters() {
        ChatLetters letters = new ChatLetters(Letters.load(DIALOGS), ShippedDialogs.engine());
        DialogState state = new DialogState(DialogState.SCHEMA, "zh-Hant", "Asia/Shanghai", "letters", "done",
                Map.of("letter.complainant_phone", "13912345678", "letter.lender_name", "深圳前海微眾銀行股份有限公司",
                        "letter.timeline", "11月19日 晚上11點 來電辱罵我", "letter.evidence", "通話錄音2段"),
                List.of(), List.of(), NOW.toString(), List.of(), List.of(), Progress.NONE);

        ChatLetters.Prepared prepared = letters.prepare(new Document("lender-complaint", "zh-Hant"), state, NOW);

        assertThat(prepared).isInstanceOf(ChatLetters.Prepared.Ready.class);
        ChatLetters.Prepared.Ready letter = (ChatLetters.Prepared.Ready) prepared;
        assertThat(letter.locale()).isEqualTo("zh-CN");
        assertThat(letter.text()).contains("关于违规催收的投诉信", "一、投诉人", "联系电话：13912345678", "我认为不符合的规定")
                .doesNotContain("關於", "投訴人", "聯繫電話");
        // The user's own words as typed; the channel and the date read from them in either writing.
        assertThat(letter.text()).contains("深圳前海微眾銀行股份有限公司", "來電辱罵我", "2026年11月19日，电话");
        assertThat(new String(letters.render(letter, LetterFormat.TEXT), java.nio.charset.StandardCharsets.UTF_8))
                .contains("关于违规催收的投诉信");
    }
}
