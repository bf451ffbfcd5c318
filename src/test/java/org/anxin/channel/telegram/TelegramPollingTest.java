package org.anxin.channel.telegram;

import org.anxin.AnxinSpringTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/** The Telegram behaviours with updates fetched by long polling from the fake Bot API. */
@AnxinSpringTest
// No other class shares this context: it is closed after the class, so its poller and sender stop while the fake
// Bot API (alive until the JVM ends) still answers.
@DirtiesContext
class TelegramPollingTest extends TelegramScenarios {

    static final FakeBotApi API = new FakeBotApi();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, API, "polling");
    }

    @Override
    FakeBotApi api() {
        return API;
    }

    @Override
    void send(String... updates) {
        API.push(updates);
    }
}
