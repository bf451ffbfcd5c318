package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real dialogs folder loads with every kind, and the kinds cite only knowledge that exists. */
class LettersLoadTest {

    @Test
    void theRealDialogsFolderLoadsEveryKind() {
        Letters letters = Letters.load(Path.of("dialogs"));
        assertThat(letters.kinds()).extracting(LetterKind::id).containsExactlyElementsOf(LetterFixtures.KINDS);
        for (LetterKind kind : letters.kinds()) {
            assertThat(kind.locales()).contains("zh-CN");
            for (LetterField field : kind.fields()) {
                assertThat(field.label("zh-CN")).isNotBlank();
            }
        }
        for (String kind : new String[] {"lender-complaint", "stop-third-party-contact", "negotiation-request", "evidence-list",
                "data-access-request"}) {
            assertThat(letters.kind(kind).locales()).contains("en");
        }
    }

    @Test
    void aCitationOfMissingKnowledgeIsRejected() throws IOException {
        Path dir = LetterFixtures.frozenDialogs();
        Path kinds = dir.resolve("letters/kinds.yaml");
        Files.writeString(kinds, Files.readString(kinds).replace("rules: [law.public.security, law.criminal]", "rules: [rule.no.such]"));
        assertThatThrownBy(() -> Letters.load(dir)).hasMessageContaining("rule.no.such").hasMessageContaining("police-statement");
    }

    @Test
    void aMissingFontSaysHowToInstallIt() {
        Letters letters = Letters.load(LetterFixtures.frozenDialogs(), Path.of("/no/such/font.ttc"));
        assertThatThrownBy(() -> letters.render("evidence-list", "zh-CN", LetterFixtures.scenario("evidence-list"), LetterFormat.PDF))
                .hasMessageContaining("apt-get install fonts-wqy-microhei");
    }
}
