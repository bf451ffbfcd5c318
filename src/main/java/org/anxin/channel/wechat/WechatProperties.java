package org.anxin.channel.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.wechat.*} (or {@code ANXIN_WECHAT_APP_ID}, ... from the environment).
 *
 * @param appId       the Official Account's AppID
 * @param secret      its AppSecret, for the API (customer-service messages, menu, QR codes)
 * @param token       the Token entered with the server URL; signs every callback
 * @param aesKey      the EncodingAESKey (43 characters): when set, the callback runs in safe mode (安全模式)
 * @param apiUrl      WeChat's API host; tests point it at a local fake
 * @param replyBudget how long a callback waits for the turn before answering {@code success} and sending the
 *                    replies as customer-service messages; WeChat gives up at 5 s. Zero sends every answer that way
 * @param clockSkew   how far a callback's timestamp may be from now before it is refused as a replay
 */
@ConfigurationProperties("anxin.wechat")
record WechatProperties(String appId, String secret, String token, String aesKey, String apiUrl,
        Duration replyBudget, Duration clockSkew) {

    static final String DEFAULT_API_URL = "https://api.weixin.qq.com";

    WechatProperties {
        aesKey = aesKey == null || aesKey.isBlank() ? null : aesKey.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip().replaceAll("/+$", "");
        replyBudget = replyBudget != null ? replyBudget : Duration.ofSeconds(4);
        clockSkew = clockSkew != null ? clockSkew : Duration.ofMinutes(5);
        if (aesKey != null && aesKey.length() != 43) {
            throw new IllegalArgumentException("anxin.wechat.aes-key must be the 43-character EncodingAESKey");
        }
        if (replyBudget.isNegative() || replyBudget.compareTo(Duration.ofMillis(4500)) > 0) {
            throw new IllegalArgumentException("anxin.wechat.reply-budget must be between 0 and 4.5s: WeChat stops waiting at 5s");
        }
    }

    boolean safeMode() {
        return aesKey != null;
    }
}
