package org.anxin.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.ConversationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web chat's JSON API over real HTTP. */
@AnxinSpringTest
class WebChatControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    /** From an address of this class's own, so that limits per address (resume codes) count these requests alone. */
    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.20")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String newConversation() throws Exception {
        String body = post("/api/web/conversations", "{\"locale\":\"en\"}").body();
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Presses "I agree" under the consent notice, as the page sends a pressed button. */
    private HttpResponse<String> agree(String id) throws Exception {
        return post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"agree-" + id.substring(0, 16) + "\",\"choice\":{\"position\":\"consent:notice\",\"key\":\"1\"}}");
    }

    /** A new conversation opened in the locale and agreed to, as a user's first visit goes: it waits at the menu. */
    private String openAndAgree(String locale) throws Exception {
        String id = newConversation();
        post("/api/web/conversations/" + id + "/open", "{\"locale\":\"" + locale + "\"}");
        assertThat(agree(id).body()).contains("\"position\":\"start:menu\"");
        return id;
    }

    @Test
    void aSituationTypedAtTheMenuLeadsToItsStepAndDistressAsAFirstMessageComesBeforeConsent() throws Exception {
        String id = openAndAgree("zh-CN");
        HttpResponse<String> family = post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"typed-message-0001\",\"text\":\"催收打电话给我妈了\"}");
        assertThat(family.body()).contains("你是哪一位").contains("\"position\":\"family:who\"");

        String first = newConversation();
        HttpResponse<String> urgent = post("/api/web/conversations/" + first + "/messages",
                "{\"messageId\":\"typed-message-0002\",\"text\":\"药我已经攒够了 今晚就结束这一切\"}");
        assertThat(urgent.body()).contains("12356").contains("\"position\":\"urgent:lines\"").doesNotContain("开始之前");
    }

    @Test
    void openingAConversationShowsTheConsentNoticeInTheChosenLanguageThenTheMenu() throws Exception {
        String id = newConversation();
        HttpResponse<String> opened = post("/api/web/conversations/" + id + "/open", "{\"locale\":\"en\"}");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Before we start:").contains("\"position\":\"consent:notice\"")
                .contains("\"key\":\"1\",\"label\":\"I agree, let's begin\"")
                .doesNotContain("Prepare to negotiate repayment");

        HttpResponse<String> agreed = agree(id);
        assertThat(agreed.statusCode()).isEqualTo(200);
        assertThat(agreed.body()).contains("Anxin").contains("\"position\":\"start:menu\"")
                .contains("\"key\":\"3\",\"label\":\"Prepare to negotiate repayment\"");
    }

    @Test
    void aPressedButtonMovesOnAndARepeatedMessageIsAnsweredOnce() throws Exception {
        String id = openAndAgree("en");
        String pick = "{\"messageId\":\"msg-0001-abcdefgh\",\"choice\":{\"position\":\"start:menu\",\"key\":\"3\"}}";
        HttpResponse<String> first = post("/api/web/conversations/" + id + "/messages", pick);
        long version = store.load("web:" + id).orElseThrow().version();
        HttpResponse<String> again = post("/api/web/conversations/" + id + "/messages", pick);

        assertThat(first.body()).contains("how much do you owe", "negotiate:owed");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(store.load("web:" + id).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void anotherConversationsMessageIdReplaysNothingOfIt() throws Exception {
        String first = openAndAgree("zh-CN");
        String mine = post("/api/web/conversations/" + first + "/messages",
                "{\"messageId\":\"shared-id-0001-abcdef\",\"text\":\"/start negotiate\"}").body();
        assertThat(mine).contains("欠这家放贷方大约多少钱");

        String second = openAndAgree("zh-CN");
        String theirs = post("/api/web/conversations/" + second + "/messages",
                "{\"messageId\":\"shared-id-0001-abcdef\",\"text\":\"我的数据\"}").body();
        assertThat(theirs).as("answered for this conversation").contains("给你两个文件").doesNotContain("欠这家放贷方大约多少钱");
    }

    @Test
    void aStaleButtonGetsAKindAnswerAndChangesNothing() throws Exception {
        String id = openAndAgree("en");
        HttpResponse<String> forged = post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"msg-0002-abcdefgh\",\"choice\":{\"position\":\"negotiate:owed\",\"key\":\"1\"}}");
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("earlier question").contains("start:menu");
    }

    @Test
    void malformedRequestsGetAKindErrorAndChangeNothing() throws Exception {
        String id = newConversation();
        assertThat(post("/api/web/conversations/not-a-token!/open", "{}").statusCode()).isEqualTo(400);
        assertThat(post("/api/web/conversations/" + id + "/messages", "{\"text\":{\"a\":1}}").statusCode()).isEqualTo(400);
        assertThat(post("/api/web/conversations/" + id + "/messages", "not json").statusCode()).isEqualTo(400);
        HttpResponse<String> empty = post("/api/web/conversations/" + id + "/messages", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("error").contains("try again");
        assertThat(post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"../../etc/passwd\",\"text\":\"hi\"}").statusCode()).isEqualTo(400);
        assertThat(store.load("web:" + id)).isEmpty();
    }

    @Test
    void aLetterArrivesAsTextWithDownloadsMadeFromTheAnswers() throws Exception {
        String id = openAndAgree("zh-CN");
        String[] answers = {"/start letters", "1", "13912345678", "深圳前海微众银行股份有限公司",
                "11月20日 晚上11点 来电辱骂我 <script>{{x}}</script>", "就这些", "通话录音2段", "就这些"};
        int n = 0;
        for (String text : answers) {
            post("/api/web/conversations/" + id + "/messages",
                    "{\"messageId\":\"letter-" + (n++) + "-abcdefghij\",\"text\":\"" + text + "\"}");
        }
        HttpResponse<String> letter = post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"letter-final-abcdefghij\",\"text\":\"没问题，生成信件\"}");

        assertThat(letter.body()).contains("关于违规催收的投诉信", "深圳前海微众银行股份有限公司", "<script>{{x}}</script>",
                "不构成法律意见").doesNotContain(id);
        String pdfLink = letter.body().replaceAll("(?s).*\"url\":\"(/files/[^\"]+\\.pdf)\".*", "$1");
        assertThat(pdfLink).startsWith("/files/");
        HttpResponse<byte[]> pdf = get(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String docxLink = letter.body().replaceAll("(?s).*\"url\":\"(/files/[^\"]+\\.docx)\".*", "$1");
        assertThat(get(docxLink).statusCode()).isEqualTo(200);
        assertThat(get(pdfLink.replace(".pdf", ".docx")).statusCode()).as("a file's link opens that file only").isEqualTo(404);
        int middle = "/files/".length() + 20;
        String forged = pdfLink.substring(0, middle) + (pdfLink.charAt(middle) == 'A' ? "BBBB" : "AAAA") + pdfLink.substring(middle + 4);
        assertThat(get(forged).statusCode()).isEqualTo(404);
        assertThat(get("/files/not-a-token.pdf").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePlanComesWithAChartOfTheBalanceOverTime() throws Exception {
        String id = openAndAgree("zh-CN");
        int n = 0;
        HttpResponse<String> plan = null;
        for (String text : new String[] {"3", "3万5", "1500"}) {
            plan = post("/api/web/conversations/" + id + "/messages",
                    "{\"messageId\":\"chart-" + (n++) + "-abcdefghij\",\"text\":\"" + text + "\"}");
        }
        assertThat(plan.body()).contains("35000", "1500", "\"image\":\"/files/");
        String image = plan.body().replaceAll("(?s).*\"image\":\"(/files/[^\"]+)\".*", "$1");
        HttpResponse<byte[]> png = get(image);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(get(image.replace(".png", ".pdf")).statusCode())
                .as("a picture's link opens no other file").isEqualTo(404);
    }

    @Test
    void aResumeCodeOpensTheSameConversationElsewhereUntilItIsReplacedOrErased() throws Exception {
        String id = openAndAgree("zh-CN");
        post("/api/web/conversations/" + id + "/messages", "{\"messageId\":\"resume-1-abcdefghij\",\"text\":\"/start negotiate\"}");

        HttpResponse<String> issued = post("/api/web/conversations/" + id + "/resume-code", "{}");
        assertThat(issued.statusCode()).isEqualTo(200);
        String code = issued.body().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

        // Typed back on another device, however the person wrote it down, it names this conversation.
        String written = code.toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        HttpResponse<String> resumed = post("/api/web/conversations/resume", "{\"code\":\"" + written + "\"}");
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(resumed.body()).contains("\"id\":\"" + id + "\"");
        assertThat(post("/api/web/conversations/" + resumed.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1") + "/open", "{}")
                .body()).contains("欠这家放贷方大约多少钱");

        // Asking again replaces the code: the one written down earlier opens nothing.
        String second = post("/api/web/conversations/" + id + "/resume-code", "{}").body()
                .replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
        assertThat(post("/api/web/conversations/resume", "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(404);

        // After "delete my data" no code opens anything, and a conversation never started gets no code.
        post("/api/web/conversations/" + id + "/messages", "{\"messageId\":\"resume-2-abcdefghij\",\"text\":\"删除我的数据\"}");
        post("/api/web/conversations/" + id + "/messages",
                "{\"messageId\":\"resume-3-abcdefghij\",\"choice\":{\"position\":\"erase:confirm\",\"key\":\"1\"}}");
        HttpResponse<String> erased = post("/api/web/conversations/resume", "{\"code\":\"" + second + "\"}");
        assertThat(erased.statusCode()).isEqualTo(404);
        assertThat(erased.body()).contains("对不上");
        assertThat(post("/api/web/conversations/" + newConversation() + "/resume-code", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void guessingResumeCodesIsSlowedToAFewTriesAMinutePerAddress() throws Exception {
        HttpResponse<String> last = null;
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations/resume"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"ABCD-EFG" + (2 + i) + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            refused += last.statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(3);
        assertThat(last.body()).contains("等一分钟");
        assertThat(post("/api/web/conversations/resume", "{\"code\":\"<script>{{x}}</script>\"}").statusCode()).isEqualTo(404);
        assertThat(post("/api/web/conversations/resume", "{\"code\":42}").statusCode()).isIn(400, 404);
    }

    @Test
    void theChatPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("quick-exit");
    }
}
