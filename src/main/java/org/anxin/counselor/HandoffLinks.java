package org.anxin.counselor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ways into the bot a hand-off offers: the web chat ({@code /?start=}), a Telegram deep link when the bot's
 * username is set, and a WeChat QR scene string when WeChat is on (the operator makes the QR code with
 * {@code wechat qr --scene}, or the account's API does).
 */
public final class HandoffLinks {

    private final String publicUrl;
    private final String telegramUsername;
    private final boolean wechat;

    HandoffLinks(String publicUrl, String telegramUsername, boolean wechat) {
        this.publicUrl = publicUrl;
        this.telegramUsername = telegramUsername == null || telegramUsername.isBlank() ? null
                : telegramUsername.strip().replaceFirst("^@", "");
        this.wechat = wechat;
    }

    public String web(String token) {
        return publicUrl + "/?start=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Null when Telegram's bot username is not configured. */
    public String telegram(String token) {
        return telegramUsername == null ? null : "https://t.me/" + telegramUsername + "?start=" + token;
    }

    /** Null when WeChat is not configured. */
    public String wechatScene(String token) {
        return wechat ? token : null;
    }

    /** All of them, for the command line's JSON line (absent ones as null). */
    public Map<String, String> all(String token) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("token", token);
        links.put("web", web(token));
        links.put("telegram", telegram(token));
        links.put("wechatScene", wechatScene(token));
        return links;
    }
}
