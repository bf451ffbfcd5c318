package org.anxin.channel.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;

/**
 * The callback's protocol: the signature and its timestamp, the message in plain or safe mode (AES, with its own
 * message signature and the AppID it was sealed for, {@link WechatSafeMode}), the passive answer in the same mode.
 * WxJava reads the message and seals the answer.
 */
final class WechatCallback {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern OPEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final WxMpService service;
    private final boolean safeMode;
    /** Opens safe-mode bodies; null in plain mode. */
    private final WechatSafeMode envelope;
    private final Duration clockSkew;
    private final Clock clock;

    WechatCallback(WxMpService service, boolean safeMode, Duration clockSkew, Clock clock) {
        this.service = service;
        this.safeMode = safeMode;
        var config = service.getWxMpConfigStorage();
        this.envelope = safeMode ? new WechatSafeMode(config.getToken(), config.getAesKey(), config.getAppId()) : null;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** Signed with our token, and recent: a replayed request from long ago is refused. */
    boolean authentic(String timestamp, String nonce, String signature) {
        if (timestamp == null || nonce == null || signature == null || !DIGITS.matcher(timestamp).matches()) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        return age.compareTo(clockSkew) <= 0 && service.checkSignature(timestamp, nonce, signature);
    }

    /**
     * The message in the body; in safe mode decrypted after its message signature is checked, and only if it was
     * sealed for our AppID.
     *
     * @throws Refused when the message signature is wrong, the message was sealed for another account, or the body
     *                 is no message
     */
    WxMpXmlMessage read(String body, String timestamp, String nonce, String encryptType, String msgSignature) {
        WxMpXmlMessage message;
        try {
            if (safeMode) {
                if (!"aes".equals(encryptType) || msgSignature == null) {
                    throw new Refused();
                }
                message = WxMpXmlMessage.fromXml(envelope.open(body, timestamp, nonce, msgSignature));
            } else {
                message = WxMpXmlMessage.fromXml(body);
            }
        } catch (Refused e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Refused();
        }
        if (message == null || message.getFromUser() == null || !OPEN_ID.matcher(message.getFromUser()).matches()
                || message.getMsgType() == null) {
            throw new Refused();
        }
        return message;
    }

    /** A passive text answer to {@code message}, encrypted in safe mode. */
    String answer(WxMpXmlMessage message, String text) {
        WxMpXmlOutMessage out = WxMpXmlOutMessage.TEXT().content(text)
                .fromUser(message.getToUser()).toUser(message.getFromUser()).build();
        return safeMode ? out.toEncryptedXml(service.getWxMpConfigStorage()) : out.toXml();
    }

    /** A request that is not a genuine WeChat message. */
    static final class Refused extends RuntimeException {
        Refused() {
            super("not a genuine WeChat message", null, false, false);
        }
    }
}
