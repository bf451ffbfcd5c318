package org.anxin.channel.wechat;

import static org.anxin.channel.wechat.WechatClient.nonce;
import static org.anxin.channel.wechat.WechatClient.now;
import static org.anxin.channel.wechat.WechatClient.numberOf;
import static org.anxin.channel.wechat.WechatClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.ConversationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The callback in safe mode (安全模式): messages and answers encrypted with the EncodingAESKey. */
@AnxinSpringTest
@ExtendWith(OutputCaptureExtension.class)
class WechatSafeModeTest {

    static final FakeWechatApi API = FakeWechatApi.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WechatClient.register(registry, API);
        registry.add("anxin.wechat.aes-key", () -> WechatClient.AES_KEY);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    @Test
    void anEncryptedTextIsAnsweredWithAnEncryptedPassiveReply() throws Exception {
        WechatClient wechat = new WechatClient(port, true);
        HttpResponse<String> first = wechat.post(text("oUser_safe_1", 6001, "你好"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<Encrypt>").doesNotContain("开始之前").doesNotContain("安心");
        String notice = wechat.replyText(first);
        assertThat(notice).contains(WechatClient.NOTICE);

        String menu = wechat.agree("oUser_safe_1", 6002, notice);
        assertThat(menu).contains("安心").contains("准备和放贷方协商还款");

        String next = wechat.replyText(wechat.post(text("oUser_safe_1", 6003, numberOf(menu, "准备和放贷方协商还款"))));
        assertThat(next).contains("欠这家放贷方大约多少钱");
    }

    @Test
    void aWrongMessageSignatureGets403AndChangesNothing() throws Exception {
        WechatClient wechat = new WechatClient(port, true);
        WxCryptUtil.EncryptContext sealed = new WxCryptUtil(WechatClient.TOKEN, WechatClient.AES_KEY, WechatClient.APP_ID)
                .encryptContext(text("oUser_safe_2", 6101, "你好"));
        long timestamp = Long.parseLong(sealed.getTimeStamp());

        HttpResponse<String> forged = wechat.postEncrypted(sealed.getEncrypt(), timestamp, sealed.getNonce(),
                "0000000000000000000000000000000000000000");
        HttpResponse<String> plainInSafeMode = wechat.postPlain(text("oUser_safe_2", 6102, "你好"), now(), "n1",
                WechatClient.sign(now(), "n1"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(plainInSafeMode.statusCode()).isEqualTo(403);
        assertThat(store.load("wechat:oUser_safe_2")).isEmpty();
    }

    @Test
    void aMessageSealedWithOurKeyForAnotherAccountGets403AndChangesNothing() throws Exception {
        WechatClient wechat = new WechatClient(port, true);
        WxCryptUtil.EncryptContext sealed = new WxCryptUtil(WechatClient.TOKEN, WechatClient.AES_KEY, "wx_another_account")
                .encryptContext(text("oUser_safe_3", 6201, "你好"));

        HttpResponse<String> elsewhere = wechat.postEncrypted(sealed.getEncrypt(), Long.parseLong(sealed.getTimeStamp()),
                sealed.getNonce(), sealed.getSignature());
        HttpResponse<String> ours = wechat.post(text("oUser_safe_4", 6202, "你好"));

        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).isNullOrEmpty();
        assertThat(store.load("wechat:oUser_safe_3")).isEmpty();
        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(wechat.replyText(ours)).contains(WechatClient.NOTICE);
    }

    @Test
    void anEnvelopeWithADoctypeGets403AndTheParserPrintsNothing(CapturedOutput output) throws Exception {
        WechatClient wechat = new WechatClient(port, true);
        WxCryptUtil.EncryptContext sealed = new WxCryptUtil(WechatClient.TOKEN, WechatClient.AES_KEY, WechatClient.APP_ID)
                .encryptContext(text("oUser_safe_5", 6301, "你好"));
        String body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY who SYSTEM \"file:///etc/hostname\">]>"
                + "<xml><ToUserName>&who;</ToUserName><Encrypt><![CDATA[" + sealed.getEncrypt() + "]]></Encrypt></xml>";

        HttpResponse<String> refused = wechat.postEnvelope(body, Long.parseLong(sealed.getTimeStamp()), sealed.getNonce(),
                sealed.getSignature());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(store.load("wechat:oUser_safe_5")).isEmpty();
        // The JDK's parser reports on standard error itself, outside the redacting log, unless told not to. Other test
        // classes run beside this one and may log, so the check is for the parser's report, not for silence.
        assertThat(output.getAll()).doesNotContainPattern("\\[(Fatal Error|Error|Warning)\\]");
    }

    @Test
    void theServerCheckWorksInSafeModeToo() throws Exception {
        String nonce = nonce();
        long now = now();
        HttpResponse<String> check = new WechatClient(port, true).check("echo-safe", now, WechatClient.sign(now, nonce), nonce);
        assertThat(check.body()).isEqualTo("echo-safe");
    }
}
