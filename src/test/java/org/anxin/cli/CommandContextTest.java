package org.anxin.cli;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.anxin.AnxinApplication;
import org.anxin.channel.wechat.WechatAdmin;
import org.anxin.conversation.TurnService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A command runs beside the server with the same settings (in the container, the Telegram token is always set), so
 * its context must start nothing that serves: no web server, no Telegram client, no WeChat channel, no scheduler.
 */
@ProcessWide
class CommandContextTest {

    @TempDir
    Path data;

    private final Map<String, String> serverSettings = Map.of(
            "anxin.telegram.token", "123456:telegram-token-of-the-server",
            "anxin.telegram.api-url", "http://127.0.0.1:9", // nothing listens: a client that started would fail loudly
            "anxin.wechat.app-id", "wx-app", "anxin.wechat.secret", "wechat-secret", "anxin.wechat.token", "wechat-token",
            "anxin.wechat.api-url", "http://127.0.0.1:9");

    @BeforeEach
    void settings() {
        serverSettings.forEach(System::setProperty);
        System.setProperty("anxin.data-dir", data.toString());
    }

    @AfterEach
    void forget() {
        serverSettings.keySet().forEach(System::clearProperty);
        System.clearProperty("anxin.data-dir");
    }

    @ParameterizedTest
    @EnumSource(CommandContext.Beans.class)
    void aCommandStartsNoWebServerNoChannelAndNoScheduler(CommandContext.Beans beans) {
        try (ConfigurableApplicationContext context = CommandContext.start(beans)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(TelegramClient.class)).isEmpty();
            assertThat(context.containsBean("telegramPolling")).isFalse();
            assertThat(context.containsBean("telegramStartup")).isFalse();
            assertThat(context.containsBean("wechatChannel")).isFalse();
            assertThat(context.getBeansOfType(SmartLifecycle.class).values())
                    .noneMatch(bean -> bean.getClass().getPackageName().startsWith("org.anxin.channel"));
            assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TaskScheduler.class)).isEmpty();

            // What commands use is there: the turn pipeline (chat) and WeChat's admin (wechat menu, wechat qr).
            assertThat(context.getBean(TurnService.class)).isNotNull();
            assertThat(context.getBean(WechatAdmin.class)).isNotNull();
        }
    }

    /** The same start without the command's mode is the server's: its retention job is scheduled. */
    @Test
    void theServerStillSchedulesItsJobs() {
        serverSettings.keySet().forEach(System::clearProperty);
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(AnxinApplication.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(server.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isNotEmpty();
        }
    }
}
