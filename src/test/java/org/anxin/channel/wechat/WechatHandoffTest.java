package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.event;
import static org.anxin.channel.wechat.WechatClient.now;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.anxin.AnxinSpringTest;
import org.anxin.counselor.Counselors;
import org.anxin.counselor.Handoff;
import org.anxin.counselor.HandoffLinks;
import org.anxin.counselor.Handoffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A counselor's hand-off as a WeChat parametric QR code: its scene is the link's token. */
@AnxinSpringTest
class WechatHandoffTest extends PlainModeWechat {

    private static final String WELCOME = "是市消费者协会的咨询员请你来这里的";
    private static final String ASK_OWED = "欠这家放贷方大约多少钱";

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
        String notice = wechat.replyText(wechat.post(event("oUser_handoff_1", now(), "subscribe", "qrscene_" + links.wechatScene(h.token()))));
        // Who sent the user first, then the consent notice; the counselor's flow waits until they agree.
        assertThat(notice).contains(WELCOME, WechatClient.NOTICE).doesNotContain(ASK_OWED);
        assertThat(notice.indexOf(WELCOME)).isLessThan(notice.indexOf(WechatClient.NOTICE));
        assertThat(wechat.agree("oUser_handoff_1", 7101, notice)).contains(ASK_OWED).doesNotContain(WechatClient.NOTICE);
    }

    @Test
    void aFollowerScanningItIsSentTheSameWayAndAForgedSceneStartsKindly() throws Exception {
        Handoff h = handoff();
        String notice = wechat.replyText(wechat.post(event("oUser_handoff_2", now(), "SCAN", h.token())));
        assertThat(notice).contains(WELCOME, WechatClient.NOTICE);
        assertThat(wechat.agree("oUser_handoff_2", 7201, notice)).contains(ASK_OWED);

        String forged = wechat.replyText(wechat.post(event("oUser_handoff_3", now(), "SCAN", "h_AAAAAAAAAAAAAAAAAAAA")));
        assertThat(forged).contains("这个链接已经过期或不能再用了", WechatClient.NOTICE).doesNotContain("市消费者协会");
        assertThat(wechat.agree("oUser_handoff_3", 7301, forged)).contains("准备和放贷方协商还款");
    }
}
