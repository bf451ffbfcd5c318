package org.anxin.channel.wechat;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import me.chanjar.weixin.common.error.WxErrorException;
import org.anxin.dialog.ChineseScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The language a WeChat user's app is set to, as the first locale of a new conversation, the way Telegram's
 * {@code language_code} is. WeChat tells it only through its user-info API ({@code cgi-bin/user/info}: zh_CN, zh_TW,
 * zh_HK, en, ...), so asking must never hold up or break an answer: each user is asked about once while the answer
 * stays cached (a failure is cached too), the answer is waited for only briefly, and whatever goes wrong leaves the
 * hint empty, so that the bot starts in its main language as it did before it asked.
 */
final class WechatLanguages implements AutoCloseable {

    /** Asks WeChat for a user's language (WxJava's user service); null when WeChat does not say. */
    @FunctionalInterface
    interface Lookup {
        String language(String openId) throws WxErrorException;
    }

    private static final Logger log = LoggerFactory.getLogger(WechatLanguages.class);
    /** WeChat's languages written in traditional characters: Taiwan, Hong Kong, Macau. */
    private static final Set<String> TRADITIONAL = Set.of("zh_tw", "zh_hk", "zh_mo");
    /** Cached for a user WeChat told nothing about (caches keep no nulls). */
    private static final String NONE = "";

    private final Lookup lookup;
    private final Duration wait;
    private final ThreadPoolExecutor asking;
    private final AsyncCache<String, String> hints;

    /** {@code wait} is how long a turn waits for WeChat's answer before going on without it. */
    WechatLanguages(Lookup lookup, Duration wait) {
        this.lookup = lookup;
        this.wait = wait;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("wechat-language-");
        threads.setDaemon(true);
        // A few threads of its own: a slow WeChat API holds up neither the turns nor Caffeine's common pool.
        this.asking = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200), threads);
        asking.allowCoreThreadTimeOut(true);
        // New users only: an hour is long enough to answer WeChat's retries and a user's first few messages.
        this.hints = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).buildAsync();
    }

    /** The first locale for this user's new conversation (zh-Hant, en, zh-CN), or null when WeChat did not say in time. */
    String localeHint(String openId) {
        try {
            String hint = hints.get(openId, (id, executor) -> CompletableFuture.supplyAsync(() -> ask(id), asking))
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return hint.isEmpty() ? null : hint;
        } catch (TimeoutException e) {
            log.info("wechat: the user's language did not come within {} ms; answering in the main language", wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // Too many lookups queued (RejectedExecutionException): this one is not cached, a later message asks again.
            log.warn("wechat: the user's language was not asked: {}", e.getClass().getSimpleName());
        }
        return null;
    }

    private String ask(String openId) {
        try {
            return Objects.requireNonNullElse(locale(lookup.language(openId)), NONE);
        } catch (WxErrorException e) {
            log.warn("wechat: asking a user's language failed: error {}", e.getError().getErrorCode());
        } catch (RuntimeException e) {
            log.warn("wechat: asking a user's language failed: {}", e.getClass().getSimpleName());
        }
        return NONE;
    }

    /**
     * The bot's locale for WeChat's language: zh_TW, zh_HK, zh_MO → zh-Hant; en, en_US, ... → en; zh_CN and every
     * other language → zh-CN; none (an unsubscribed user) → null.
     */
    static String locale(String wechatLanguage) {
        if (wechatLanguage == null || wechatLanguage.isBlank()) {
            return null;
        }
        String language = wechatLanguage.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (language.startsWith("en")) {
            return "en";
        }
        return TRADITIONAL.contains(language) ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
    }

    @Override
    public void close() {
        asking.shutdownNow();
    }
}
