package org.anxin.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Progress;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.letter.LetterFont;
import org.anxin.letter.Letters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "我的数据" PDF as a borrower reads it, in each language the bot speaks: the answers in words (never the raw
 * values the bot stores), the incidents, the evidence files by name and date but not their contents, the letters
 * made, and how to erase it all.
 */
class MyDataSummaryTest {

    private static final DialogSet DIALOGS = DialogLoader.load(DialogFolder.read(Path.of("dialogs"))).dialogs();
    private static final Instant NOW = Instant.parse("2026-11-22T02:30:00Z");
    private static MyDataSummary summary;

    @BeforeAll
    static void letters() {
        assertThat(LetterFont.DEFAULT).as("the PDF font: apt-get install fonts-wqy-microhei").exists();
        Letters letters = Letters.load(Path.of("dialogs"), LetterFont.DEFAULT, DIALOGS.facts());
        summary = new MyDataSummary(DIALOGS, () -> letters);
    }

    @Test
    void theChineseSummaryShowsTheAnswersInWordsTheIncidentsTheFilesTheLettersAndHowToErase() throws Exception {
        String text = text(kept("my-data-zh-CN.pdf", summary.pdf(state("zh-CN"), NOW)));

        assertThat(text).contains(squeezed("我的数据", "这份摘要做于 2026-11-22 10:30", "你在 2026-11-20 09:00 同意了保存"))
                .contains(squeezed("放贷方：微粒贷", "放贷方类型：银行", "现在是否安全：是", "欠款金额：35000"))
                .contains(squeezed("另有 1 项是我根据你的回答算出或整理的内容"))
                .contains(squeezed("证据记录", "电话（13812345678）", "联系了我妈妈", "再不还钱就去你家"))
                .contains(squeezed("通话录音.m4a（第 1 条记录的附件，2026-11-20 23:50 收到）"))
                .contains(squeezed("关于违规催收的投诉信（2026-11-21 10:00）"))
                .contains(squeezed("删除我的数据"))
                .as("raw values stay out").doesNotContain("bank", "yes", "ab".repeat(32));
    }

    @Test
    void theEnglishSummaryIsInEnglish() throws Exception {
        String text = text(kept("my-data-en.pdf", summary.pdf(state("en"), NOW)));

        assertThat(text).contains(squeezed("My data", "This summary was made on 2026-11-22 10:30"))
                .contains(squeezed("Type of lender: A bank", "Safe right now: yes", "Evidence files", "通话录音.m4a",
                        "Complaint about abusive debt collection (2026-11-21 10:00)", "delete my data"))
                .doesNotContain("这份摘要");
    }

    @Test
    void theTraditionalSummaryIsConvertedFromTheSimplifiedOne() throws Exception {
        String text = text(kept("my-data-zh-Hant.pdf", summary.pdf(state("zh-Hant"), NOW)));

        assertThat(text).contains(squeezed("我的數據", "放貸方類型：銀行", "證據記錄", "刪除我的數據")).doesNotContain("证据记录");
    }

    @Test
    void aConversationWithNothingKeptSaysSoInEverySection() throws Exception {
        String text = text(summary.pdf(DialogState.fresh("zh-CN", "Asia/Shanghai"), NOW));

        assertThat(text).contains(squeezed("你的回答", "证据记录", "证据文件", "做过的信件", "删除我的数据"));
        assertThat(text.split("没有。", -1)).as("each empty section says so").hasSize(5);
    }

    @Test
    void aLongRecordRunsOnOverPagesWithEveryIncidentAndEveryLineOfAnAnswer() throws Exception {
        List<Incident> incidents = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            incidents.add(new Incident(i, Instant.parse("2026-11-01T12:00:00Z").plusSeconds(3600L * 7 * i).toString(), "sms",
                    "1069" + i, null, "第 " + i + " 条短信：" + "再不还款就联系你的家人和单位，".repeat(4), List.of(),
                    List.of(new Incident.File("f" + i, "截图-" + i + ".png", "image/png", 1000, "cd".repeat(32),
                            Instant.parse("2026-11-21T00:00:00Z")))));
        }
        DialogState state = new DialogState(DialogState.SCHEMA, "zh-CN", "Asia/Shanghai", "start", "menu",
                Map.of("letter.timeline", "2026-11-01 第一次来电\n2026-11-05 发短信给我妈妈\n2026-11-09 上门"),
                List.of(), List.of(), null, incidents, List.of(), Progress.NONE);

        byte[] pdf = kept("my-data-long.pdf", summary.pdf(state, NOW));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains(squeezed("2026-11-01 第一次来电", "2026-11-09 上门", "40. ", "截图-40.png"));
    }

    /** A conversation with answers from buttons and typing, one worked-out sum, one incident with a file, one letter. */
    static DialogState state(String locale) {
        Incident.File file = new Incident.File("f1", "通话录音.m4a", "audio/mp4", 48_000, "ab".repeat(32),
                Instant.parse("2026-11-20T15:50:00Z"));
        Incident incident = new Incident(1, "2026-11-20T15:40:00Z", "call", "13812345678", "我妈妈", "再不还钱就去你家",
                List.of("THREAT"), List.of(file));
        Map<String, String> slots = Map.of("lender.name", "微粒贷", "lender.type", "bank", "calm.safe", "yes",
                "plan.owed", "35000", "plan.gap", "500");
        return new DialogState(DialogState.SCHEMA, locale, "Asia/Shanghai", "start", "menu", slots, List.of(), List.of(),
                "2026-11-20T01:00:00Z", List.of(incident),
                List.of(new DialogState.Letter("lender-complaint", Instant.parse("2026-11-21T02:00:00Z"))), Progress.NONE);
    }

    /** Keeps a copy in target/screenshots, to look at as a user would (pdftoppm -png turns it into pictures). */
    private static byte[] kept(String name, byte[] pdf) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
        return pdf;
    }

    /** What is written in the PDF, without the spaces and line breaks its layout adds; each page checked to open. */
    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("fonts are embedded").isTrue();
                }
            }
            return squeeze(new PDFTextStripper().getText(doc));
        }
    }

    /** Text without spaces and line breaks, to compare with what a PDF shows wherever its lines happen to wrap. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String[] squeezed(String... texts) {
        return java.util.Arrays.stream(texts).map(MyDataSummaryTest::squeeze).toArray(String[]::new);
    }
}
