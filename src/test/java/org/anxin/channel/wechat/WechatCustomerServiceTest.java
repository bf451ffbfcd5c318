package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.anxin.AnxinSpringTest;
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
        FakeWechatApi.Call links = API.next(FakeWechatApi.CUSTOM_SEND, "https://anxin.example.org/letters/");
        assertThat(links.body()).contains("下载 PDF", ".pdf", ".docx").doesNotContain(user + ":");
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

        API.refuseForClosedWindow.add("欠这家放贷方大约多少钱");
        wechat.post(text("oUser_late_1", 8003, "准备和放贷方协商还款"));
        API.next(FakeWechatApi.CUSTOM_SEND, "欠这家放贷方大约多少钱"); // refused with 45015: the window is closed
        await().atMost(Duration.ofSeconds(10)).until(() -> keptFor("oUser_late_1") == 1);

        wechat.post(text("oUser_late_1", 8004, "35000"));
        assertThat(API.next(FakeWechatApi.CUSTOM_SEND, "欠这家放贷方大约多少钱").body()).contains("oUser_late_1");
        await().atMost(Duration.ofSeconds(10)).until(() -> keptFor("oUser_late_1") == 0);
    }

    private int keptFor(String openId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wechat_pending_reply WHERE conversation_id = ?", Integer.class,
                "wechat:" + openId);
    }
}
