package org.anxin.evidence.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What a borrower sees for the hard cases: negation, warnings, look-alikes, the hours, the phrases shown. */
class AnalyzerTest {

    private final Analyzer analyzer = AnalyzerFixtures.analyzer();

    @Test
    void aPromiseNotToTellTheFamilyIsNotADisclosureThreat() {
        Analysis a = analyzer.analyze("我们不会联系您的家人，也不会告诉您的单位，请尽快还款。", null);
        assertThat(a.abusive()).isFalse();
        assertThat(a.labels()).containsExactly("LAWFUL_REMINDER");
    }

    @Test
    void aMessageInTraditionalCharactersIsReadAsInSimplifiedAndQuotedAsWritten() {
        Analysis simplified = analyzer.analyze("你已被立案，警察明天上门。老赖，再不还钱就把你欠款的事发给你通讯录所有人", null);
        Analysis traditional = analyzer.analyze("你已被立案，警察明天上門。老賴，再不還錢就把你欠款的事發給你通訊錄所有人", null);
        assertThat(traditional.labels()).isEqualTo(simplified.labels()).contains("FALSE_LEGAL_CLAIM", "THIRD_PARTY_DISCLOSURE");
        assertThat(traditional.citations()).isEqualTo(simplified.citations());
        assertThat(traditional.phrases("FALSE_LEGAL_CLAIM")).containsExactly("你已被立案", "警察明天上門");
        assertThat(traditional.phrases("THIRD_PARTY_DISCLOSURE")).containsExactly("發給你通訊錄所有人");
    }

    @Test
    void aConditionalThreatIsNotNegatedByItsCondition() {
        Analysis a = analyzer.analyze("If you do not pay today we will tell your employer.", null);
        assertThat(a.labels()).containsExactly("THIRD_PARTY_DISCLOSURE");
        assertThat(a.phrases("THIRD_PARTY_DISCLOSURE")).containsExactly("tell your employer");
    }

    @Test
    void aRealCourtNoticeIsLawfulAndAFakeCaseIsNot() {
        Analysis real = analyzer.analyze("【某区人民法院】您与某银行金融借款合同纠纷一案已立案，请按时应诉。", null);
        assertThat(real.abusive()).isFalse();
        assertThat(real.labels()).containsExactly("LAWFUL_LEGAL_NOTICE");
        Analysis fake = analyzer.analyze("你已被立案，警察明天上门。", null);
        assertThat(fake.labels()).containsExactly("FALSE_LEGAL_CLAIM");
        assertThat(fake.phrases("FALSE_LEGAL_CLAIM")).containsExactly("你已被立案", "警察明天上门");
        assertThat(fake.citations()).contains("rule.cba.collection");
    }

    @Test
    void whatReallyFollowsAnUnperformedJudgmentIsNotAFalseLegalConsequence() {
        Analysis a = analyzer.analyze("【某银行】您的贷款已逾期。如法院判决后仍不履行，我行将依法申请强制执行，"
                + "您可能被纳入失信被执行人名单。请通过官方App还款。", null);
        assertThat(a.labels()).doesNotContain("FALSE_LEGAL_CLAIM");
        assertThat(a.abusive()).isFalse();
        Analysis fake = analyzer.analyze("不还钱就把你拉进黑名单，明天警察上门抓你。", null);
        assertThat(fake.labels()).contains("FALSE_LEGAL_CLAIM");
    }

    @Test
    void sayingTheConsequencesOfDefaultAreSeriousIsNotAThreat() {
        Analysis a = analyzer.analyze("【某消费金融】您的借款已逾期5天，逾期后果很严重，请尽快通过官方App还款。", null);
        assertThat(a.labels()).doesNotContain("THREAT");
        assertThat(a.abusive()).isFalse();
        assertThat(analyzer.analyze("再不还，后果自负。", null).labels()).contains("THREAT");
    }

    @Test
    void askingAnEmergencyContactToPassOnAMessageIsNotADisclosure() {
        Analysis a = analyzer.analyze("您好，您是李明先生的紧急联系人，麻烦转告他尽快回电，谢谢。", null);
        assertThat(a.labels()).doesNotContain("THIRD_PARTY_DISCLOSURE");
        assertThat(a.abusive()).isFalse();
    }

    @Test
    void aWarningAboutImpersonatorsIsNotAnImpersonation() {
        Analysis a = analyzer.analyze("警惕冒充公检法的诈骗电话，我司不会以警察名义要求您转账到个人账户。", null);
        assertThat(a.abusive()).isFalse();
    }

    @Test
    void offHoursNeedATimeAndRunFromTenAtNightToEightInTheMorning() {
        String text = "您的账单已逾期，请尽快还款。";
        assertThat(analyzer.analyze(text, null).abusive()).isFalse();
        assertThat(analyzer.analyze(text, LocalTime.of(21, 59)).abusive()).isFalse();
        assertThat(analyzer.analyze(text, LocalTime.of(22, 0)).labels()).containsExactly("OFF_HOURS");
        assertThat(analyzer.analyze(text, LocalTime.of(7, 59)).phrases("OFF_HOURS")).containsExactly("07:59");
        assertThat(analyzer.analyze(text, LocalTime.of(8, 0)).abusive()).isFalse();
    }

    @Test
    void everyAbusiveLabelIsReportedWithItsOwnPhrasesInTheOrderOfTheRules() {
        Analysis a = analyzer.analyze("你这个老赖，再不还钱我们就去你公司闹，让你同事都知道你欠钱。", null);
        assertThat(a.labels()).containsExactly("THREAT", "INSULT", "THIRD_PARTY_DISCLOSURE");
        assertThat(a.phrases("INSULT")).containsExactly("老赖");
        assertThat(a.phrases("THIRD_PARTY_DISCLOSURE")).containsExactly("去你公司闹", "让你同事都知道你欠钱");
    }

    @Test
    void nothingToSayAboutAnEmptyOrUnrelatedMessage() {
        assertThat(analyzer.analyze("", null).labels()).isEmpty();
        assertThat(analyzer.analyze("{{x}} {slot} 😀", null).labels()).isEmpty();
        assertThat(analyzer.analyze(null, null).abusive()).isFalse();
    }

    @Test
    void fullWidthLettersAreReadLikeHalfWidthOnes() {
        assertThat(analyzer.analyze("ＴＡＫＥ ａ ｌｏａｎ ｆｒｏｍ ａｎｏｔｈｅｒ ａｐｐ", null).labels())
                .containsExactly("UNLAWFUL_FEE_OR_NEW_LOAN");
    }
}
