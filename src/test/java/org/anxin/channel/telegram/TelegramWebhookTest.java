package org.anxin.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.anxin.AnxinSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/** The Telegram behaviours with updates posted to {@code /telegram/webhook}, as Telegram does. */
@AnxinSpringTest
// No other class shares this context: it is closed after the class, so its poller and sender stop while the fake
// Bot API (alive until the JVM ends) still answers.
@DirtiesContext
class TelegramWebhookTest extends TelegramScenarios {

    static final FakeBotApi API = new FakeBotApi();
    private static final String SECRET = "test-secret_123";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, API, "webhook");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    FakeBotApi api() {
        return API;
    }

    @Override
    void send(String... updates) throws Exception {
        for (String update : updates) {
            HttpResponse<String> response = post(update, SECRET);
            assertThat(response.statusCode()).isEqualTo(200);
            // 200 means the turn is already stored (when the update is a turn at all; erasing stores nothing).
            String updateId = update.replaceAll("^\\{\"update_id\":(\\d+).*", "$1");
            if (update.contains("\"private\"") && (update.contains("\"text\":\"/") || update.contains("\"data\":\"1|"))
                    && !update.contains("edited_message") && !update.contains("erase:")) {
                assertThat(store.processed("telegram", updateId)).isPresent();
            }
        }
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndChangesNothing() throws Exception {
        long chat = newChat();
        String update = text(chat, "/start negotiate");
        assertThat(post(update, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post(update, null).statusCode()).isEqualTo(401);
        assertThat(post(update, SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(store.load("telegram:" + chat)).isEmpty();

        // The same update with the right secret is then taken as new, a first contact: nothing of it was kept before.
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        agree(chat);
        awaitMessage(chat, ASK_OWED);
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        assertThat(post("not json", SECRET).statusCode()).isEqualTo(400);
        // A message without its chat, or with a null one: no Telegram server sends it; refused, nothing kept.
        assertThat(post("{\"update_id\":91,\"message\":{\"message_id\":1,\"date\":1700000000}}", SECRET).statusCode())
                .isEqualTo(400);
        assertThat(post("{\"update_id\":92,\"message\":{\"message_id\":2,\"date\":1700000000,\"chat\":null,\"text\":\"hi\"}}",
                SECRET).statusCode()).isEqualTo(400);
        assertThat(store.processed("telegram", "91")).isEmpty();
    }
}
