package org.anxin.channel.wechat;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.anxin.cli.AnxinCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands, {@code wechat menu publish} and {@code wechat qr}, against the fake API. */
@ProcessWide
class WechatCommandTest {

    static final FakeWechatApi API = FakeWechatApi.start();

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @TempDir
    Path data;

    @Test
    void menuPublishAndQrCodesGoThroughTheConfiguredApi() throws Exception {
        Map<String, String> settings = Map.of(
                "anxin.data-dir", data.toString(),
                "anxin.wechat.app-id", WechatClient.APP_ID,
                "anxin.wechat.secret", "test-secret",
                "anxin.wechat.token", WechatClient.TOKEN,
                "anxin.wechat.api-url", API.url());
        settings.forEach(System::setProperty);
        try {
            assertThat(AnxinCommand.execute("wechat", "menu", "publish")).isZero();
            assertThat(API.next("/cgi-bin/menu/create", "ANXIN_START").body()).contains("紧急求助");

            assertThat(AnxinCommand.execute("wechat", "qr", "--scene", "negotiate", "--days", "7")).isZero();
            assertThat(API.next("/cgi-bin/qrcode/create", "negotiate").body()).contains("QR_STR_SCENE");

            assertThat(AnxinCommand.execute("wechat", "qr", "--scene", "../bad")).isEqualTo(1);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void withoutSettingsTheCommandSaysWhatIsMissing() throws Exception {
        System.setProperty("anxin.data-dir", data.toString());
        try {
            assertThat(AnxinCommand.execute("wechat", "menu", "publish")).isEqualTo(2);
        } finally {
            System.clearProperty("anxin.data-dir");
        }
    }
}
