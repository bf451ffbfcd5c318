package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.content.SourceRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letter cites the rules its lender answers to: a microloan company the microloan measures, a bank the banking
 * industry's guideline, a platform the rule that makes the funding bank responsible; the police statement the
 * Public Security Administration Punishments Law and the Criminal Law. What it prints as a source is the official
 * title and article, never a reviewer's note. Rendered from the real dialogs folder.
 */
class LetterRulesByLenderTest {

    private static final Letters LETTERS = Letters.load(Path.of("dialogs"));
    private static final String CBA = "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》";
    private static final String MICROLOAN = "《小额贷款公司监督管理暂行办法》（金规〔2024〕26号）";
    private static final String FACILITATION = "金规〔2025〕9号";
    private static final String CIVIL_CODE = "《中华人民共和国民法典》第 1032、1033、1034 条";
    private static final String PIPL = "《中华人民共和国个人信息保护法》";

    private static String complaint(String kind, String lenderName, String chosenType) {
        Map<String, Object> answers = new HashMap<>(Map.of(
                "complainant_phone", "13800138000",
                "lender_name", lenderName,
                "timeline", List.of(Map.of("date", "2026-11-20", "time", "23:40", "channel", "电话", "number", "17100001111",
                        "what", "深夜来电辱骂")),
                "evidence", List.of("通话录音一段"),
                "third_parties", List.of("我的同事"),
                "reported_numbers", List.of("17100001111"),
                "incident", "对方在电话里说今晚要上门。",
                "complainant_name", "李明",
                "letter_date", "2026-11-30"));
        if (chosenType != null) {
            answers.put(LenderTypes.ANSWER_KEY, chosenType);
        }
        return LETTERS.text(kind, "zh-CN", answers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lender-complaint", "regulator-complaint", "consumer-association-complaint", "stop-third-party-contact"})
    void aBankIsHeldToTheBankingGuidelineAndTheCivilCode(String kind) {
        String letter = complaint(kind, "示例银行股份有限公司", null);

        assertThat(letter).contains(CBA, "GB/T 45251-2025", CIVIL_CODE, PIPL).doesNotContain(MICROLOAN, FACILITATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lender-complaint", "regulator-complaint", "consumer-association-complaint", "stop-third-party-contact"})
    void aMicroloanCompanyIsHeldToTheMicroloanMeasuresNotTheBanksGuideline(String kind) {
        String letter = complaint(kind, "示例网络小额贷款有限公司", null);

        assertThat(letter).contains(MICROLOAN, CIVIL_CODE, PIPL).doesNotContain(CBA, FACILITATION);
    }

    @Test
    void aPlatformTheUserNamedIsHeldToTheFacilitationRule() {
        String letter = complaint("lender-complaint", "信用飞", "facilitation");

        assertThat(letter).contains(FACILITATION, CIVIL_CODE, PIPL).doesNotContain(CBA, MICROLOAN);
    }

    @Test
    void theRegisteredNameOutweighsAnEarlierChoice() {
        String letter = complaint("lender-complaint", "示例消费金融有限公司", "microloan");

        assertThat(letter).contains(CBA).doesNotContain(MICROLOAN);
    }

    @Test
    void anUnknownLenderIsHeldOnlyToLawsThatBindEveryone() {
        String letter = complaint("lender-complaint", "某某借款 App", null);

        assertThat(letter).contains(CIVIL_CODE, PIPL).doesNotContain(CBA, MICROLOAN, FACILITATION, "GB/T 45251");
    }

    @Test
    void thePoliceStatementCitesThePunishmentsLawAndTheCriminalLaw() {
        String letter = complaint("police-statement", "示例网络小额贷款有限公司", null);

        assertThat(letter).contains("《中华人民共和国治安管理处罚法》", "《中华人民共和国刑法》").doesNotContain(CBA, "2012");
    }

    @Test
    void theDataRequestRestsOnTheRightToSeeOnesData() {
        String letter = complaint("data-access-request", "示例网络小额贷款有限公司", null);

        assertThat(letter).contains("《中华人民共和国个人信息保护法》第 45、47 条", "从哪里、在什么时候、以什么方式得到的")
                .doesNotContain("我认为对方的做法与之不符");
    }

    @ParameterizedTest(name = "{0} about a {1}")
    @CsvSource({"lender-complaint, 示例银行", "regulator-complaint, 示例小额贷款公司", "harassment-report, 信用飞",
            "police-statement, 示例消费金融公司", "stop-third-party-contact, 某某 App", "data-access-request, 示例银行"})
    void noLetterPrintsAReviewersNote(String kind, String lender) {
        String letter = complaint(kind, lender, null);

        assertThat(SourceRules.problemInText(letter)).as(letter).isEmpty();
        assertThat(letter).doesNotContain("资料来源", "domain brief", "reprint", "secondary");
    }

    @Test
    void aKindCitingTheBanksGuidelineForAMicroloanCompanyIsRefused() throws IOException {
        Path dir = LetterFixtures.frozenDialogs();
        Path kinds = dir.resolve("letters/kinds.yaml");
        String text = Files.readString(kinds, StandardCharsets.UTF_8);
        Files.writeString(kinds, text.replaceFirst(
                "microloan: \\[rule.microloan, rule.gbt45251.hours,", "microloan: [rule.cba.collection, rule.gbt45251.hours,"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Letters.load(dir)).hasMessageContaining("cites 'rule.cba.collection' in a letter about a lender of type 'microloan'");
    }
}
