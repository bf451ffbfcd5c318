package org.anxin.channel.wechat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/** Plays WeChat's side of the callback: real XML shapes, signed (or not) as WeChat signs them, in plain or safe mode. */
final class WechatClient {

    static final String TOKEN = "anxin-test-token";
    static final String APP_ID = "wx0123456789abcdef";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String ACCOUNT = "gh_0123456789ab";
    /** The consent notice every first contact gets, and the choice that agrees to it. */
    static final String NOTICE = "开始前说一声";
    static final String AGREE = "我同意，开始吧";

    private static final Pattern CONTENT = Pattern.compile("<Content><!\\[CDATA\\[(.*?)]]></Content>", Pattern.DOTALL);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final boolean safeMode;

    WechatClient(int port, boolean safeMode) {
        this.port = port;
        this.safeMode = safeMode;
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    static String nonce() {
        return UUID.randomUUID().toString().substring(0, 10);
    }

    static String sign(long timestamp, String nonce) {
        return SHA1.gen(TOKEN, Long.toString(timestamp), nonce);
    }

    HttpResponse<String> check(String echostr, long timestamp, String signature, String nonce) throws Exception {
        return send(HttpRequest.newBuilder(uri("/wechat/callback?signature=" + signature + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8))).GET().build());
    }

    /** Posts a message as WeChat does now, correctly signed (and encrypted in safe mode). */
    HttpResponse<String> post(String xml) throws Exception {
        if (!safeMode) {
            String nonce = nonce();
            long timestamp = now();
            return postPlain(xml, timestamp, nonce, sign(timestamp, nonce));
        }
        WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
        WxCryptUtil.EncryptContext sealed = crypt.encryptContext(xml);
        return postEncrypted(sealed.getEncrypt(), Long.parseLong(sealed.getTimeStamp()), sealed.getNonce(),
                sealed.getSignature());
    }

    HttpResponse<String> postPlain(String xml, long timestamp, String nonce, String signature) throws Exception {
        return send(HttpRequest.newBuilder(uri("/wechat/callback?signature=" + signature + "&timestamp=" + timestamp
                        + "&nonce=" + nonce + "&openid=someone"))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build());
    }

    HttpResponse<String> postEncrypted(String encrypted, long timestamp, String nonce, String msgSignature) throws Exception {
        return postEnvelope("<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>", timestamp, nonce, msgSignature);
    }

    /** Posts {@code body} as a safe-mode envelope, whatever it holds. */
    HttpResponse<String> postEnvelope(String body, long timestamp, String nonce, String msgSignature) throws Exception {
        return send(HttpRequest.newBuilder(uri("/wechat/callback?signature=" + sign(timestamp, nonce) + "&timestamp="
                        + timestamp + "&nonce=" + nonce + "&openid=someone&encrypt_type=aes&msg_signature=" + msgSignature))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The text of a passive reply, decrypted in safe mode; null when the answer was {@code success}. */
    String replyText(HttpResponse<String> response) {
        String xml = response.body();
        if (safeMode && xml.contains("<Encrypt>")) {
            xml = new WxCryptUtil(TOKEN, AES_KEY, APP_ID).decryptXml(field(xml, "MsgSignature"), field(xml, "TimeStamp"),
                    field(xml, "Nonce"), xml);
        }
        Matcher m = CONTENT.matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    private static String field(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">", Pattern.DOTALL).matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + xml);
        }
        return m.group(1);
    }

    static String text(String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String image(String from, long msgId) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[image]]></MsgType>"
                + "<PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl><MediaId><![CDATA[media_id_1]]></MediaId><MsgId>"
                + msgId + "</MsgId></xml>";
    }

    static String voice(String from, long msgId, String recognition) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
                + "<MediaId><![CDATA[media_id_2]]></MediaId><Format><![CDATA[amr]]></Format>"
                + (recognition == null ? "" : "<Recognition><![CDATA[" + recognition + "]]></Recognition>")
                + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    static String event(String from, long createTime, String event, String eventKey) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>"
                + (eventKey == null ? "" : "<EventKey><![CDATA[" + eventKey + "]]></EventKey>")
                + (eventKey != null && !eventKey.startsWith("ANXIN_") ? "<Ticket><![CDATA[TICKET]]></Ticket>" : "") + "</xml>";
    }

    /**
     * Agrees to the consent notice the way a WeChat user does: types the number shown before "I agree". Returns the
     * passive reply, the place the user was heading (the start menu, or a flow a QR code named).
     */
    String agree(String from, long msgId, String notice) throws Exception {
        return replyText(post(text(from, msgId, numberOf(notice, AGREE))));
    }

    /** The number shown before an option, such as "3" in "3. 准备和放贷方协商还款". */
    static String numberOf(String reply, String label) {
        Matcher m = Pattern.compile("(?m)^(\\S+)\\. " + Pattern.quote(label) + "$").matcher(reply);
        if (!m.find()) {
            throw new AssertionError("no numbered option " + label + " in " + reply);
        }
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Turns WeChat on for a Spring test, against the fake API, with its own data folder. */
    static void register(org.springframework.test.context.DynamicPropertyRegistry registry, FakeWechatApi api) {
        org.anxin.TestDataDir.register(registry);
        registry.add("anxin.wechat.app-id", () -> APP_ID);
        registry.add("anxin.wechat.secret", () -> "test-secret");
        registry.add("anxin.wechat.token", () -> TOKEN);
        registry.add("anxin.wechat.api-url", api::url);
    }
}
