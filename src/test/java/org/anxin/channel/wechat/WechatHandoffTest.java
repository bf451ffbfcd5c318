package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.event;
import static org.anxin.channel.wechat.WechatClient.now;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.anxin.counselor.Counselors;
import org.anxin.counselor.Handoff;
import org.anxin.counselor.HandoffLinks;
import org.anxin.counselor.Handoffs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A counselor's hand-off as a WeChat parametric QR code: its scene is the link's token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatHandoffTest {

    static final FakeWechatApi API = FakeWechatApi.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WechatClient.register(registry, API);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;
    @Autowired
    Handoffs handoffs;
    @Autowired
    HandoffLinks links;

    WechatClient wechat;

    @BeforeEach
    void client() {
        wechat = new WechatClient(port, false);
    }

    private Handoff handoff() {
        String counselor = counselors.add("王老师", "市消费者协会").counselor().id();
        return handoffs.create(counselor, new Handoff.Request("negotiate", null, null, null, Duration.ofDays(1), null),
                Instant.now());
    }

    @Test
    void followingThroughTheHandoffsQrCodeOpensItsFlowAndSaysWhoSentTheUser() throws Exception {
        Handoff h = handoff();
        assertThat(links.wechatScene(h.token())).isEqualTo(h.token());
        String reply = wechat.replyText(wechat.post(event("oUser_handoff_1", now(), "subscribe", "qrscene_" + links.wechatScene(h.token()))));
        assertThat(reply).contains("是市消费者协会的咨询员请你来这里的", "欠这家放贷方大约多少钱");
    }

    @Test
    void aFollowerScanningItIsSentTheSameWayAndAForgedSceneStartsKindly() throws Exception {
        Handoff h = handoff();
        assertThat(wechat.replyText(wechat.post(event("oUser_handoff_2", now(), "SCAN", h.token()))))
                .contains("市消费者协会", "欠这家放贷方大约多少钱");
        assertThat(wechat.replyText(wechat.post(event("oUser_handoff_3", now(), "SCAN", "h_AAAAAAAAAAAAAAAAAAAA"))))
                .contains("这个链接已经过期或不能再用了").doesNotContain("市消费者协会");
    }
}
