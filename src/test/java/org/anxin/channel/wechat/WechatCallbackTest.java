package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.event;
import static org.anxin.channel.wechat.WechatClient.image;
import static org.anxin.channel.wechat.WechatClient.nonce;
import static org.anxin.channel.wechat.WechatClient.now;
import static org.anxin.channel.wechat.WechatClient.numberOf;
import static org.anxin.channel.wechat.WechatClient.sign;
import static org.anxin.channel.wechat.WechatClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.ConversationStore;
import org.anxin.dialog.ChineseScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The callback in plain mode (明文模式) over real HTTP, against a fake WeChat API on loopback. */
@AnxinSpringTest
@ExtendWith(OutputCaptureExtension.class)
class WechatCallbackTest extends PlainModeWechat {

    /** The start of the consent notice in English. */
    static final String ENGLISH_NOTICE = "Before we start";

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    @Autowired
    WechatAdmin admin;

    WechatClient wechat;

    @BeforeEach
    void client() {
        wechat = new WechatClient(port, false);
    }

    @Test
    void theServerCheckEchoesOnlyWhenSignedWithOurToken() throws Exception {
        String nonce = nonce();
        long now = now();
        HttpResponse<String> good = wechat.check("echo-123", now, sign(now, nonce), nonce);
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("echo-123");

        assertThat(wechat.check("echo-123", now, sign(now, nonce + "x"), nonce).statusCode()).isEqualTo(403);
        long old = now - Duration.ofMinutes(10).toSeconds();
        assertThat(wechat.check("echo-123", old, sign(old, nonce), nonce).statusCode()).isEqualTo(403);
    }

    @Test
    void aTextMessageIsAnsweredPassivelyWithNumberedChoicesAnswerableByNumber() throws Exception {
        HttpResponse<String> first = wechat.post(text("oUser_plain_1", 1001, "你好"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<ToUserName><![CDATA[oUser_plain_1]]>").contains("<FromUserName><![CDATA[" + WechatClient.ACCOUNT);
        // A first contact gets the consent notice first, its choices numbered too.
        String notice = wechat.replyText(first);
        assertThat(notice).contains(WechatClient.NOTICE).doesNotContain("准备和放贷方协商还款");
        assertThat(numberOf(notice, WechatClient.AGREE)).isEqualTo("1");

        String menu = wechat.agree("oUser_plain_1", 1002, notice);
        assertThat(menu).contains("安心").contains("准备和放贷方协商还款");

        String number = numberOf(menu, "准备和放贷方协商还款");
        String next = wechat.replyText(wechat.post(text("oUser_plain_1", 1003, number)));
        assertThat(next).contains("欠这家放贷方大约多少钱");
    }

    @Test
    void aSituationTypedInsteadOfANumberLeadsToItsStepAndDistressComesBeforeTheConsentNotice() throws Exception {
        String notice = wechat.replyText(wechat.post(text("oUser_typed_1", 1101, "你好")));
        wechat.agree("oUser_typed_1", 1102, notice);
        String reply = wechat.replyText(wechat.post(text("oUser_typed_1", 1103, "我还不起了怎么办")));
        assertThat(reply).contains("欠这家放贷方大约多少钱");

        String first = wechat.replyText(wechat.post(text("oUser_typed_2", 1104, "药我已经攒够了 今晚就结束这一切")));
        assertThat(first).contains("12356").doesNotContain(WechatClient.NOTICE);
    }

    @Test
    void aRetriedMessageIsProcessedOnceAndAnsweredTheSameEachTime() throws Exception {
        String notice = wechat.replyText(wechat.post(text("oUser_retry_1", 2001, "你好")));
        wechat.agree("oUser_retry_1", 2002, notice);
        String number = numberOf(wechat.replyText(wechat.post(text("oUser_retry_1", 2003, "菜单"))), "准备和放贷方协商还款");
        String retried = text("oUser_retry_1", 2004, number);
        String first = wechat.replyText(wechat.post(retried));
        long version = store.load("wechat:oUser_retry_1").orElseThrow().version();

        String second = wechat.replyText(wechat.post(retried));
        String third = wechat.replyText(wechat.post(retried));

        assertThat(first).contains("欠这家放贷方大约多少钱");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(store.load("wechat:oUser_retry_1").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aBadOrMissingSignatureGets403AndChangesNothing() throws Exception {
        long now = now();
        String nonce = nonce();
        HttpResponse<String> forged = wechat.postPlain(text("oUser_forged_1", 3001, "你好"), now, nonce, sign(now, "other"));
        HttpResponse<String> unsigned = wechat.postPlain(text("oUser_forged_1", 3002, "你好"), now, nonce, "");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(store.load("wechat:oUser_forged_1")).isEmpty();
    }

    @Test
    void aMessageWithADoctypeGets403AndTheParserPrintsNothing(CapturedOutput output) throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY who SYSTEM \"file:///etc/hostname\">]>"
                + text("oUser_doctype_1", 3101, "&who;").replace("<![CDATA[&who;]]>", "&who;");

        HttpResponse<String> refused = wechat.post(xml);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(store.load("wechat:oUser_doctype_1")).isEmpty();
        // The JDK's parser reports on standard error itself, outside the redacting log, unless told not to. Other test
        // classes run beside this one and may log, so the check is for the parser's report, not for silence.
        assertThat(output.getAll()).doesNotContainPattern("\\[(Fatal Error|Error|Warning)\\]");
    }

    @Test
    void aRequestSignedLongAgoIsRefused() throws Exception {
        long old = now() - Duration.ofMinutes(6).toSeconds();
        String nonce = nonce();
        HttpResponse<String> replayed = wechat.postPlain(text("oUser_old_1", 4001, "你好"), old, nonce, sign(old, nonce));

        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(store.load("wechat:oUser_old_1")).isEmpty();
    }

    @Test
    void aSubscribeFromAQrCodeWithASceneOpensThatFlowOnceTheUserAgrees() throws Exception {
        HttpResponse<String> subscribed = wechat.post(event("oUser_scene_1", now(), "subscribe", "qrscene_negotiate"));
        String notice = wechat.replyText(subscribed);
        assertThat(notice).contains(WechatClient.NOTICE).doesNotContain("欠这家放贷方大约多少钱");

        assertThat(wechat.agree("oUser_scene_1", 4101, notice)).contains("欠这家放贷方大约多少钱")
                .doesNotContain("准备和放贷方协商还款");
    }

    @Test
    void aScanByAFollowerOpensTheFlowAndItsRetryIsAnsweredOnce() throws Exception {
        // A follower who has talked with Anxin before, and agreed to the notice then.
        wechat.agree("oUser_scan_1", 4202, wechat.replyText(wechat.post(text("oUser_scan_1", 4201, "你好"))));
        long createTime = now();
        String scan = event("oUser_scan_1", createTime, "SCAN", "negotiate");
        String first = wechat.replyText(wechat.post(scan));
        long version = store.load("wechat:oUser_scan_1").orElseThrow().version();

        assertThat(first).contains("欠这家放贷方大约多少钱");
        assertThat(wechat.replyText(wechat.post(scan))).isEqualTo(first);
        assertThat(store.load("wechat:oUser_scan_1").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aPlainSubscribeGreetsWithTheConsentNoticeThenTheStartMenu() throws Exception {
        String notice = wechat.replyText(wechat.post(event("oUser_follow_1", now(), "subscribe", null)));
        assertThat(notice).contains(WechatClient.NOTICE).doesNotContain("准备和放贷方协商还款");

        String greeting = wechat.agree("oUser_follow_1", 4301, notice);
        assertThat(greeting).contains("安心").contains("准备和放贷方协商还款");
    }

    @Test
    void aMenuClickSpeaksForTheUser() throws Exception {
        String urgent = wechat.replyText(wechat.post(event("oUser_click_1", now(), "CLICK", "ANXIN_URGENT")));
        assertThat(urgent).isNotBlank();
        assertThat(store.load("wechat:oUser_click_1")).isPresent();
    }

    @Test
    void anImageOutsideTheEvidenceLockerGetsAKindAnswerOnHowToKeepIt() throws Exception {
        String answer = wechat.replyText(wechat.post(image("oUser_image_1", 5001)));
        assertThat(answer).contains("只能读文字", "保存证据");
        assertThat(store.load("wechat:oUser_image_1")).isEmpty();
    }

    @Test
    void anImageSentInTheEvidenceLockerIsDownloadedAndKept() throws Exception {
        String notice = wechat.replyText(wechat.post(WechatClient.text("oUser_image_2", 5011, "/start evidence")));
        assertThat(wechat.agree("oUser_image_2", 5013, notice)).contains("证据柜");

        String answer = wechat.replyText(wechat.post(image("oUser_image_2", 5012)));

        assertThat(answer).contains("已经保存", "第 1 条");
        org.anxin.dialog.Incident.File kept = store.load("wechat:oUser_image_2").orElseThrow().state().evidence().get(0).files().get(0);
        assertThat(kept.size()).isEqualTo(FakeWechatApi.MEDIA.length);
        assertThat(kept.type()).isEqualTo("image/jpeg");
        assertThat(kept.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(FakeWechatApi.MEDIA)));
    }

    @Test
    void aVoiceMessageIsReadFromWechatsRecognitionOrGetsTheKindAnswer() throws Exception {
        String recognised = wechat.replyText(wechat.post(WechatClient.voice("oUser_voice_1", 5101, "你好")));
        String agreedByVoice = wechat.replyText(wechat.post(WechatClient.voice("oUser_voice_1", 5103, "我同意，开始吧。")));
        String unrecognised = wechat.replyText(wechat.post(WechatClient.voice("oUser_voice_2", 5102, null)));

        assertThat(recognised).contains(WechatClient.NOTICE);
        assertThat(agreedByVoice).contains("安心").contains("准备和放贷方协商还款");
        assertThat(unrecognised).contains("只能读文字");
        assertThat(store.load("wechat:oUser_voice_2")).isEmpty();
    }

    @Test
    void anUnsubscribeIsAcknowledgedAndChangesNothing() throws Exception {
        HttpResponse<String> left = wechat.post(event("oUser_gone_1", now(), "unsubscribe", null));
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).isEqualTo("success");
        assertThat(store.load("wechat:oUser_gone_1")).isEmpty();
    }

    @Test
    void theMenuIsPublishedThroughTheConfiguredApi() throws Exception {
        admin.publishMenu();
        FakeWechatApi.Call call = API.next("/cgi-bin/menu/create", "ANXIN_URGENT");
        assertThat(call.query()).contains("access_token=fake-access-token");
        assertThat(call.body()).contains("紧急求助", "ANXIN_START", "ANXIN_LETTERS", "ANXIN_PRIVACY");
    }

    @Test
    void aQrCodeForASceneIsCreatedThroughTheConfiguredApi() throws Exception {
        WechatAdmin.QrCode permanent = admin.createQrCode("negotiate", null);
        FakeWechatApi.Call call = API.next("/cgi-bin/qrcode/create", "negotiate");
        assertThat(call.body()).contains("QR_LIMIT_STR_SCENE").contains("\"scene_str\":\"negotiate\"");
        assertThat(permanent.content()).isEqualTo("http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI");
        assertThat(permanent.pictureUrl()).contains("showqrcode?ticket=");

        admin.createQrCode("negotiate", Duration.ofDays(7));
        assertThat(API.next("/cgi-bin/qrcode/create", "QR_STR_SCENE").body()).contains("604800");
    }

    // A new user starts in the language their WeChat is set to, which the fake API's user info tells.

    @Test
    void aUserWhoseWechatIsInTaiwanChineseGetsTheFirstAnswerInTraditionalCharactersAndIsAskedAboutOnce() throws Exception {
        API.languages.put("oUser_tw_1", "zh_TW");

        String notice = wechat.replyText(wechat.post(text("oUser_tw_1", 6001, "你好")));
        assertThat(notice).contains(ChineseScript.toTraditional(WechatClient.NOTICE)).doesNotContain(WechatClient.NOTICE);
        String menu = wechat.replyText(wechat.post(text("oUser_tw_1", 6002,
                numberOf(notice, ChineseScript.toTraditional(WechatClient.AGREE)))));

        assertThat(menu).contains(ChineseScript.toTraditional("准备和放贷方协商还款"));
        assertThat(store.load("wechat:oUser_tw_1").orElseThrow().state().locale()).isEqualTo(ChineseScript.TRADITIONAL);
        assertThat(API.count(FakeWechatApi.USER_INFO, "openid", "oUser_tw_1")).isEqualTo(1);
    }

    @Test
    void aFollowerFromHongKongIsGreetedInTraditionalCharacters() throws Exception {
        API.languages.put("oUser_hk_1", "zh_HK");

        String notice = wechat.replyText(wechat.post(event("oUser_hk_1", now(), "subscribe", null)));

        assertThat(notice).contains(ChineseScript.toTraditional(WechatClient.NOTICE));
    }

    @Test
    void aUserWhoseWechatIsInEnglishGetsEnglish() throws Exception {
        API.languages.put("oUser_en_1", "en");

        String notice = wechat.replyText(wechat.post(text("oUser_en_1", 6101, "hello")));

        assertThat(notice).contains(ENGLISH_NOTICE).doesNotContain(WechatClient.NOTICE);
        assertThat(store.load("wechat:oUser_en_1").orElseThrow().state().locale()).isEqualTo("en");
    }

    @Test
    void whenWechatRefusesToTellTheUserIsAnsweredInTheMainLanguage() throws Exception {
        API.languages.put("oUser_refused_1", FakeWechatApi.NOT_ALLOWED);

        String notice = wechat.replyText(wechat.post(text("oUser_refused_1", 6201, "你好")));
        wechat.post(text("oUser_refused_1", 6202, "菜单"));

        assertThat(notice).contains(WechatClient.NOTICE);
        assertThat(API.count(FakeWechatApi.USER_INFO, "openid", "oUser_refused_1")).isEqualTo(1);
    }

    @Test
    void aUserWhoChoseALanguageWithLangKeepsIt() throws Exception {
        API.languages.put("oUser_lang_1", "en");
        String notice = wechat.replyText(wechat.post(text("oUser_lang_1", 6301, "hello")));
        assertThat(notice).contains(ENGLISH_NOTICE);

        String switched = wechat.replyText(wechat.post(text("oUser_lang_1", 6302, "/lang zh-CN")));
        String later = wechat.replyText(wechat.post(text("oUser_lang_1", 6303, "hello again")));
        String menu = wechat.agree("oUser_lang_1", 6304, later);

        assertThat(switched).contains("我们用简体中文继续");
        assertThat(later).contains(WechatClient.AGREE).doesNotContain("I agree");
        assertThat(menu).contains("准备和放贷方协商还款");
        assertThat(store.load("wechat:oUser_lang_1").orElseThrow().state().locale()).isEqualTo(ChineseScript.SIMPLIFIED);
        assertThat(API.count(FakeWechatApi.USER_INFO, "openid", "oUser_lang_1")).isEqualTo(1);
    }
}
