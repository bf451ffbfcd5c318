package org.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.anxin.AnxinSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without an app id and a token, and with blank ones, there is no WeChat channel at all. */
@AnxinSpringTest
class WechatOffTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("anxin.wechat.app-id", () -> "");
        registry.add("anxin.wechat.token", () -> " ");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void noWechatBeansAndNoCallback() throws Exception {
        assertThat(context.getBeanNamesForType(WechatChannel.class)).isEmpty();
        assertThat(context.getBeanNamesForType(WechatController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(WechatProperties.class)).isEmpty();
        HttpResponse<String> callback = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/wechat/callback?echostr=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(callback.statusCode()).isEqualTo(404);
    }
}
