package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import org.anxin.AnxinSpringTest;
import org.anxin.metrics.Scrape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns that miss the reply budget: here the budget is zero, so every answer goes out as customer-service messages
 * to the fake API, the way a slow turn's does.
 */
@AnxinSpringTest
class WechatCustomerServiceTest {

    static final FakeWechatApi API = FakeWechatApi.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WechatClient.register(registry, API);
        registry.add("anxin.wechat.reply-budget", () -> "0s");
        registry.add("anxin.letters.public-url", () -> "https://anxin.example.org");
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    me.chanjar.weixin.mp.api.WxMpService service;
    @Autowired
    org.anxin.conversation.ConversationStore store;
    @Autowired
    WechatOutbound outbound;
    @Autowired
    WechatDelivery delivery;

    @Test
    void aTurnOverTheBudgetIsAcknowledgedAtOnceAndArrivesAsCustomerServiceMessages() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        HttpResponse<String> answer = wechat.post(text("oUser_slow_1", 7001, "你好"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("success");
        // A first contact: the consent notice, its choices as a clickable menu.
        FakeWechatApi.Call notice = API.next(FakeWechatApi.CUSTOM_SEND, "oUser_slow_1", WechatClient.NOTICE);
        assertThat(notice.query()).contains("access_token=fake-access-token");
        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "oUser_slow_1", WechatClient.AGREE).body())
                .contains("\"msgtype\":\"msgmenu\"");

        // A click on a menu option arrives as a text message with the option's words.
        wechat.post(text("oUser_slow_1", 7002, WechatClient.AGREE));
        FakeWechatApi.Call welcome = API.next(FakeWechatApi.CUSTOM_SEND, "oUser_slow_1", "安心");
        assertThat(welcome.query()).contains("access_token=fake-access-token");
        FakeWechatApi.Call menu = API.next(FakeWechatApi.CUSTOM_SEND, "准备和放贷方协商还款");
        assertThat(menu.body()).contains("\"msgtype\":\"msgmenu\"").contains("oUser_slow_1");

        wechat.post(text("oUser_slow_1", 7003, "准备和放贷方协商还款"));
        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "欠这家放贷方大约多少钱").body()).contains("oUser_slow_1");
    }

    @Test
    void aLetterArrivesInPiecesThatFitWechatMessages() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        String user = "oUser_letter_1";
        // The first message brings the consent notice; clicking "I agree" goes on to the letters.
        String[][] steps = {{"/start letters", WechatClient.AGREE}, {WechatClient.AGREE, "写给放贷机构的投诉信"}, {"1", "你的联系电话"}, {"13912345678", "放贷机构全称"},
                {"深圳前海微众银行股份有限公司", "以日期开头"}, {"11月20日 晚上11点 来电辱骂我", "第 1 条"}, {"就这些", "证据"},
                {"通话录音2段", "第 1 条"}, {"就这些", "没问题，生成信件"}};
        long id = 9001;
        for (String[] step : steps) {
            wechat.post(text(user, id++, step[0]));
            API.next(FakeWechatApi.CUSTOM_SEND, user, step[1]);
        }
        wechat.post(text(user, id, "没问题，生成信件"));

        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "关于违规催收的投诉信").body()).contains(user);
        FakeWechatApi.Call closing = API.next(FakeWechatApi.CUSTOM_SEND, "不构成法律意见");
        assertThat(closing.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(2048);
        FakeWechatApi.Call links = API.next(FakeWechatApi.CUSTOM_SEND, "https://anxin.example.org/files/");
        assertThat(links.body()).contains("下载 PDF", ".pdf", ".docx").doesNotContain(user + ":");
    }

    @Test
    void myDataComesAsLinksToAPdfSummaryAndToTheWholeRecord() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        String user = "oUser_mydata_1";
        String[][] steps = {{"/start negotiate", WechatClient.AGREE}, {WechatClient.AGREE, "欠这家放贷方大约多少钱"},
                {"3万5", "每个月"}};
        long id = 9701;
        for (String[] step : steps) {
            wechat.post(text(user, id++, step[0]));
            API.next(FakeWechatApi.CUSTOM_SEND, user, step[1]);
        }
        wechat.post(text(user, id, "我的数据"));

        FakeWechatApi.Call links = API.next(FakeWechatApi.CUSTOM_SEND, "https://anxin.example.org/files/");
        assertThat(links.body()).contains("下载摘要（PDF，方便阅读）", ".pdf", "下载完整记录（JSON）", ".json")
                .doesNotContain(user + ":");
        Matcher pdf = Pattern.compile("https://anxin\\.example\\.org(/files/[A-Za-z0-9_-]+\\.pdf)")
                .matcher(links.body());
        assertThat(pdf.find()).isTrue();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + pdf.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(file.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("欠款金额", "35000");
        }
    }

    @Test
    void thePlanChartIsUploadedAndSentAsAnImage() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        String user = "oUser_chart_1";
        String[][] steps = {{"/start negotiate", WechatClient.AGREE}, {WechatClient.AGREE, "欠这家放贷方大约多少钱"},
                {"3万5", "每个月"}, {"1500", "35000"}};
        long id = 9501;
        for (String[] step : steps) {
            wechat.post(text(user, id++, step[0]));
            API.next(FakeWechatApi.CUSTOM_SEND, user, step[1]);
        }
        assertThat(API.next("/cgi-bin/media/upload", "PNG").query()).contains("type=image");
        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "fake-media-1").body()).contains("\"msgtype\":\"image\"", user);
    }

    @Test
    void aReplyRefusedForAClosedWindowIsKeptAndDeliveredWithTheNextMessage() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        wechat.post(text("oUser_late_1", 8001, "你好"));
        API.next(FakeWechatApi.CUSTOM_SEND, "oUser_late_1", WechatClient.AGREE);
        wechat.post(text("oUser_late_1", 8002, WechatClient.AGREE));
        API.next(FakeWechatApi.CUSTOM_SEND, "oUser_late_1", "准备和放贷方协商还款");

        API.refuseForClosedWindow.add(new FakeWechatApi.Failure("oUser_late_1", "欠这家放贷方大约多少钱"));
        wechat.post(text("oUser_late_1", 8003, "准备和放贷方协商还款"));
        API.next(FakeWechatApi.CUSTOM_SEND, "欠这家放贷方大约多少钱"); // refused with 45015: the window is closed
        await().atMost(Duration.ofSeconds(10)).until(() -> keptFor("oUser_late_1") == 1);

        wechat.post(text("oUser_late_1", 8004, "35000"));
        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "欠这家放贷方大约多少钱").body()).contains("oUser_late_1");
        await().atMost(Duration.ofSeconds(10)).until(() -> keptFor("oUser_late_1") == 0);
    }

    @Test
    void anAnswerLeftUnsentByAnOutageIsSentOnceAfterARestartAndNothingSentIsRepeated() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        String user = "oUser_restart_1";
        wechat.post(text(user, 8101, "你好"));
        API.next(FakeWechatApi.CUSTOM_SEND, user, WechatClient.AGREE);
        wechat.post(text(user, 8102, WechatClient.AGREE));
        API.next(FakeWechatApi.CUSTOM_SEND, user, "准备和放贷方协商还款");
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentFor(user) == 0); // all parts of that answer went out

        // WeChat's API is down for this user: every try fails, and the answer stays in the outbox.
        API.outageFor.add(user);
        wechat.post(text(user, 8103, "准备和放贷方协商还款"));
        await().atMost(Duration.ofSeconds(10)).until(() -> API.refusedMentioning(user) >= 1 && unsentFor(user) == 1);

        // The process stops (its sender lets go of the conversation), the outage ends, and a new process's sender
        // on the same store sends what was left, once.
        delivery.stop();
        API.outageFor.remove(user);
        WechatDelivery restarted = new WechatDelivery(service, store, outbound, java.time.Clock.systemUTC(),
                org.anxin.conversation.TurnMetrics.NONE);
        restarted.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> unsentFor(user) == 0);
        } finally {
            restarted.stop();
            delivery.start();
        }
        assertThat(API.deliveredMentioning(user, "欠这家放贷方大约多少钱")).as("delivered once after the outage").isEqualTo(1);
        assertThat(API.deliveredMentioning(user, "准备和放贷方协商还款")).as("what went out before, not again").isEqualTo(1);
    }

    @Test
    void answersSentShowInTheReplyLagAndAStuckOneInTheOutboxDepth() throws Exception {
        WechatClient wechat = new WechatClient(port, false);
        String user = "oUser_metrics_1";
        Map<String, String> onWechat = Map.of("channel", "wechat");
        double sentBefore = Scrape.of(port).value("anxin_reply_lag_seconds_count", onWechat);
        wechat.post(text(user, 8201, "你好"));
        API.next(FakeWechatApi.CUSTOM_SEND, user, WechatClient.AGREE);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Scrape.of(port).value("anxin_reply_lag_seconds_count", onWechat) >= sentBefore + 1);

        API.failForOutage.add(new FakeWechatApi.Failure(user, "准备和放贷方协商还款"));
        wechat.post(text(user, 8202, WechatClient.AGREE));
        API.next(FakeWechatApi.CUSTOM_SEND, "准备和放贷方协商还款"); // failed: the answer stays in the outbox
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentFor(user) == 1);

        Scrape stuck = Scrape.of(port);
        int waiting = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_delivery WHERE channel = 'wechat'"
                + " AND sent_at IS NULL AND parked_at IS NULL", Integer.class);
        assertThat(stuck.value("anxin_outbox_depth", onWechat)).isEqualTo(waiting).isGreaterThanOrEqualTo(1);
        assertThat(stuck.text()).doesNotContain(user).doesNotContain("你好");
    }

    private int unsentFor(String openId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_delivery WHERE conversation_id = ? AND sent_at IS NULL",
                Integer.class, "wechat:" + openId);
    }

    private int keptFor(String openId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_delivery WHERE conversation_id = ? AND parked_at IS NOT NULL", Integer.class,
                "wechat:" + openId);
    }
}
