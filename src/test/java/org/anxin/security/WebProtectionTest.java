package org.anxin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.ConversationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Limits and headers as a browser meets them, with small limits so that a test can reach them. */
@AnxinSpringTest
@TestPropertySource(properties = {
        "anxin.limits.chat-per-minute=1", "anxin.limits.chat-burst=4",
        "anxin.limits.address-per-minute=1", "anxin.limits.address-burst=12",
        "anxin.limits.max-body-bytes=2000"})
class WebProtectionTest {

    @LocalServerPort
    int port;
    @Autowired
    ConversationStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theChatPageComesWithHeadersThatKeepItFromBeingFramedOrSniffed() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aFloodingChatIsSlowedKindlyWhileAnotherChatGoesOnAndThenTheAddressIsLimited() throws Exception {
        String flooder = newChat();
        String other = newChat();
        for (int i = 1; i <= 4; i++) {
            message(flooder, "flood-" + i, "1");
        }
        long version = store.load("web:" + flooder).orElseThrow().version();

        HttpResponse<String> slowed = message(flooder, "flood-5", "1");
        HttpResponse<String> meanwhile = message(other, "other-1", "1");

        assertThat(slowed.statusCode()).isEqualTo(200);
        assertThat(slowed.body()).contains("消息来得有点快");
        assertThat(store.load("web:" + flooder).orElseThrow().version()).as("the refused message changed nothing").isEqualTo(version);
        assertThat(meanwhile.body()).doesNotContain("消息来得有点快");

        HttpResponse<String> last = null;
        for (int i = 0; i < 12 && (last == null || last.statusCode() != 429); i++) {
            last = message(other, "address-" + i, "1");
        }
        assertThat(last.statusCode()).as("the address's own limit").isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("请稍等几秒再试", "please wait");
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
        String text = "很长".repeat(5000);
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/web/conversations/abcdefghijklmnop1234/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}", StandardCharsets.UTF_8)).build());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("这条消息太大了");

        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/web/conversations/abcdefghijklmnop1234/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(chunked.statusCode()).as("a body without a length").isEqualTo(413);
    }

    private String newChat() throws Exception {
        return send(post("/api/web/conversations", "{}")).body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> message(String chat, String id, String text) throws Exception {
        return send(post("/api/web/conversations/" + chat + "/messages",
                "{\"messageId\":\"msg-" + id + "-webprotection\",\"text\":\"" + text + "\"}"));
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
