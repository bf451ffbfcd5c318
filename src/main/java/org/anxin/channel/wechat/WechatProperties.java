package org.anxin.channel.wechat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.anxin.settings.Secrets;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
record WechatProperties(String appId, String secret, String token,
        @Size(min = 43, max = 43, message = "must be the 43-character EncodingAESKey") String aesKey, String apiUrl,
        @DefaultValue("4s") @NotNull @DurationMin(millis = 0)
        @DurationMax(millis = 4500, message = "must be between 0 and 4.5s: WeChat stops waiting at 5s") Duration replyBudget,
        @DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration clockSkew) {

    static final String DEFAULT_API_URL = "https://api.weixin.qq.com";

    WechatProperties {
        // An empty value (an unset variable in a container's file) means none; the API address may end in '/'.
        aesKey = aesKey == null || aesKey.isBlank() ? null : aesKey.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip().replaceAll("/+$", "");
    }

    boolean safeMode() {
        return aesKey != null;
    }

    @Override
    public String toString() {
        return "WechatProperties[appId=" + appId + ", secret=" + Secrets.shown(secret) + ", token=" + Secrets.shown(token)
                + ", aesKey=" + Secrets.shown(aesKey) + ", apiUrl=" + apiUrl + ", replyBudget=" + replyBudget
                + ", clockSkew=" + clockSkew + "]";
    }
}
