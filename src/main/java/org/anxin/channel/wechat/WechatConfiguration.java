package org.anxin.channel.wechat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.OutboxChannel;
import org.anxin.conversation.TurnMetrics;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.Messages;
import org.anxin.evidence.EvidenceIntake;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.anxin.settings.AnxinProperties;
import org.anxin.settings.ServerOnly;
import org.anxin.privacy.PrivateFolder;

/**
 * The WeChat channel's parts, present only when an app id and a token are configured; in a command only what the
 * {@code wechat} command needs (the API client and the admin), not the channel that answers callbacks.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WechatEnabled.class)
@EnableConfigurationProperties(WechatProperties.class)
class WechatConfiguration {

    /** How long a new user's first turn waits for WeChat to tell their language, out of the reply budget's 4 s. */
    private static final Duration LANGUAGE_WAIT = Duration.ofMillis(1500);

    private final Clock clock;

    WechatConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Bean
    WxMpService wechatService(WechatProperties properties, Environment environment, AnxinProperties anxin) {
        // WxJava logs a failed call's request body at WARN: the user's OpenID and our reply to them. Keep it quiet
        // unless an operator asks for it.
        if (environment.getProperty("logging.level.me.chanjar.weixin") == null) {
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel("me.chanjar.weixin", LogLevel.ERROR);
        }
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(properties.appId());
        config.setSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.aesKey());
        config.setHostConfig(new WxMpHostConfig(properties.apiUrl(), null, null));
        // Media downloads (evidence photos, voice) pass through a temporary file: keep it in the owner-only data folder.
        try {
            config.setTmpDirFile(PrivateFolder.create(anxin.dataDir().resolve("wechat-tmp")).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create WeChat's temporary folder", e);
        }
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(2);
        return service;
    }

    @Bean
    @ServerOnly
    WechatDelivery wechatDelivery(WxMpService service, ConversationStore store, WechatOutbound outbound,
            ObjectProvider<TurnMetrics> metrics) {
        return new WechatDelivery(service, store, outbound, clock, metrics.getIfAvailable(() -> TurnMetrics.NONE));
    }

    /** WeChat's answers go out through its sender loop, from the delivery table, unless answered passively. */
    @Bean
    OutboxChannel wechatOutbox() {
        return new OutboxChannel(WechatChannel.CHANNEL);
    }

    @Bean
    WechatOutbound wechatOutbound(@Value("${anxin.letters.public-url:${anxin.public-url:}}") String publicUrl) {
        // Download links go where users reach this server: the letters' own setting, else the public address.
        return new WechatOutbound(publicUrl.isBlank() ? null : URI.create(publicUrl.strip()));
    }

    /**
     * New users start in the language their WeChat is set to. Without an AppSecret there is no access token to ask
     * with, so they start in the bot's main language, as they do when WeChat does not answer within the wait.
     */
    @Bean(destroyMethod = "close")
    WechatLanguages wechatLanguages(WxMpService service, WechatProperties properties) {
        WechatLanguages.Lookup lookup = properties.secret() == null || properties.secret().isBlank() ? openId -> null
                : openId -> service.getUserService().userInfo(openId, "zh_CN").getLanguage();
        return new WechatLanguages(lookup, LANGUAGE_WAIT);
    }

    @Bean(destroyMethod = "close")
    @ServerOnly
    WechatChannel wechatChannel(TurnService turns, WxMpService service, WechatDelivery delivery, ConversationStore store,
            WechatOutbound outbound, WechatProperties properties, DialogEngine engine, EvidenceIntake evidence,
            WechatLanguages languages) {
        // What the channel says before any turn is in the bot's main language: it knows no user's language then.
        Messages messages = engine.dialogs().messages();
        return new WechatChannel(turns, new WechatInputs(service, say(messages, "channel.text_only")), delivery, store,
                outbound, say(messages, "channel.sorry"), properties.replyBudget(), clock, service, evidence, languages);
    }

    private static String say(Messages messages, String key) {
        return messages.text(messages.defaultLocale(), key, java.util.Map.of());
    }

    @Bean
    @ServerOnly
    WechatCallback wechatCallback(WxMpService service, WechatProperties properties) {
        return new WechatCallback(service, properties.safeMode(), properties.clockSkew(), clock);
    }

    @Bean
    WechatAdmin wechatAdmin(WxMpService service) {
        return new WechatAdmin(service);
    }
}
