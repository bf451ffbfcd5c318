package org.anxin.channel.wechat;

import java.net.URI;
import java.time.Clock;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.Messages;
import org.anxin.evidence.EvidenceIntake;
import org.anxin.letter.ChatLetters;
import org.anxin.plan.chart.PlanPictures;
import org.anxin.letter.LetterLinks;
import org.anxin.letter.LettersProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.anxin.AnxinProperties;
import org.anxin.ServerOnly;
import org.anxin.privacy.DataSealer;
import org.anxin.privacy.PrivateFolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeChat channel's parts, present only when an app id and a token are configured; in a command only what the
 * {@code wechat} command needs (the API client and the admin), not the channel that answers callbacks.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WechatEnabled.class)
@EnableConfigurationProperties(WechatProperties.class)
class WechatConfiguration {

    private final Clock clock = Clock.systemUTC();

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
    PendingReplies wechatPendingReplies(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json,
            DataSealer sealer) {
        return new PendingReplies(jdbc, transactions, json, sealer);
    }

    @Bean
    @ServerOnly
    WechatDelivery wechatDelivery(WxMpService service, PendingReplies pending, TurnService turns) {
        return new WechatDelivery(service, pending, clock, (openId, kind) -> turns
                .state(WechatChannel.conversationId(openId))
                .flatMap(state -> PlanPictures.png(kind, state.slots(), state.locale()))
                .orElse(null));
    }

    @Bean(destroyMethod = "close")
    @ServerOnly
    WechatChannel wechatChannel(TurnService turns, WxMpService service, WechatDelivery delivery, PendingReplies pending,
            WechatProperties properties, ObjectProvider<ChatLetters> letters, DialogEngine engine, LetterLinks links,
            LettersProperties lettersProperties, EvidenceIntake evidence,
            @Value("${anxin.public-url:}") String publicUrl) {
        // WeChat users are answered in the bot's main language until they choose another.
        Messages messages = engine.dialogs().messages();
        // Download links go where users reach this server: the letters' own setting, else the public address.
        URI downloads = lettersProperties.publicUrl() != null ? lettersProperties.publicUrl()
                : publicUrl.isBlank() ? null : URI.create(publicUrl.strip());
        return new WechatChannel(turns, new WechatInputs(service, say(messages, "channel.text_only")), delivery, pending,
                new WechatLetters(turns, letters, links, downloads), say(messages, "channel.sorry"), properties.replyBudget(), clock,
                service, evidence);
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
