package org.anxin.counselor;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ways into the bot a hand-off offers: the web chat ({@code /?start=}), a Telegram deep link when the bot's
 * username is set, and a WeChat QR scene string when WeChat is on (the operator makes the QR code with
 * {@code wechat qr --scene}, or the account's API does).
 *
 * <p>The web link starts from the public address when one is configured ({@code anxin.public-url}); otherwise from
 * the address the counselor reached the console at, so a link made on a server at another host or port opens there.
 * Without either (the command line), it is this server's own port on localhost.
 */
public final class HandoffLinks {

    private final String configured;
    private final String fallback;
    private final String telegramUsername;
    private final boolean wechat;

    /**
     * @param configured the public address, or null
     * @param fallback   the address to use when there is neither a configured one nor a request to go by
     */
    HandoffLinks(String configured, String fallback, String telegramUsername, boolean wechat) {
        this.configured = configured == null || configured.isBlank() ? null : withoutSlash(configured.strip());
        this.fallback = withoutSlash(fallback);
        this.telegramUsername = telegramUsername == null || telegramUsername.isBlank() ? null
                : telegramUsername.strip().replaceFirst("^@", "");
        this.wechat = wechat;
    }

    /** The web link from the configured public address, else the fallback. */
    public String web(String token) {
        return web(fallback, token);
    }

    /** The web link from the configured public address, else from {@code requestBase} (scheme, host, port, path). */
    public String web(String requestBase, String token) {
        return base(requestBase) + "/?start=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The base the web links of a page reached at {@code requestBase} start from. */
    public String base(String requestBase) {
        return configured != null ? configured : withoutSlash(requestBase);
    }

    /** True when links from this base would only open on the server's own machine. */
    public static boolean local(String base) {
        try {
            String host = URI.create(base).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                    || host.equals("::1") || host.equals("0.0.0.0");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String withoutSlash(String url) {
        return url.replaceAll("/+$", "");
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
