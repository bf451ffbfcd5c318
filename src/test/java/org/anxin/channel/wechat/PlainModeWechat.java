package org.anxin.channel.wechat;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WeChat on in plain mode (明文模式) against one fake API: the test classes that extend this share one Spring context
 * and the fake it calls, which answers until the JVM ends, as long as the cached context may call it.
 */
abstract class PlainModeWechat {

    static final FakeWechatApi API = FakeWechatApi.start();

    @DynamicPropertySource
    static void wechat(DynamicPropertyRegistry registry) {
        WechatClient.register(registry, API);
    }
}
