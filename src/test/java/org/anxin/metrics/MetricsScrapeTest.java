package org.anxin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.AnxinServer;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.TurnMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator's Prometheus reads at /actuator/prometheus, and who may read it. */
@AnxinSpringTest
@ResourceLock(AnxinServer.WEB_TURN_TOTALS)
class MetricsScrapeTest {

    private static final Set<String> OUTCOMES = Arrays.stream(TurnMetrics.Outcome.values()).map(TurnMetrics.Outcome::word)
            .collect(Collectors.toSet());

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void webTurnsShowUpInTheScrapeByChannelAndOutcomeWithNothingOfTheConversation() throws Exception {
        Map<String, String> answered = Map.of("channel", "web", "outcome", "answered");
        Map<String, String> repeated = Map.of("channel", "web", "outcome", "repeated");
        Scrape before = Scrape.of(port);

        String id = post("/api/web/conversations", "{}").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        post("/api/web/conversations/" + id + "/open", "{\"locale\":\"zh-CN\"}");
        String said = "{\"messageId\":\"metrics-message-0001\",\"text\":\"催收打电话给我妈了，我的电话是13800138000\"}";
        assertThat(post("/api/web/conversations/" + id + "/messages", said).statusCode()).isEqualTo(200);
        assertThat(post("/api/web/conversations/" + id + "/messages", said).statusCode()).isEqualTo(200);
        Scrape after = Scrape.of(port);

        assertThat(after.value("anxin_turns_total", answered) - before.value("anxin_turns_total", answered)).isEqualTo(2);
        assertThat(after.value("anxin_turns_total", repeated) - before.value("anxin_turns_total", repeated)).isEqualTo(1);
        assertThat(after.value("anxin_turn_duration_seconds_count", answered)
                - before.value("anxin_turn_duration_seconds_count", answered)).isEqualTo(2);
        assertThat(after.value("anxin_turn_duration_seconds_bucket", Map.of("channel", "web", "outcome", "answered",
                "le", "+Inf"))).isEqualTo(after.value("anxin_turn_duration_seconds_count", answered));
        assertThat(after.value("anxin_understanding_duration_seconds_count", Map.of())
                - before.value("anxin_understanding_duration_seconds_count", Map.of())).isEqualTo(1);

        assertThat(after.text()).doesNotContain(id).doesNotContain("metrics-message-0001").doesNotContain("13800138000")
                .doesNotContain("催收").doesNotContain("web:");
        for (Scrape.Sample sample : after.anxin()) {
            assertThat(Set.of("channel", "outcome", "le")).as(sample.toString()).containsAll(sample.labels().keySet());
            if (sample.labels().containsKey("channel")) {
                assertThat(sample.labels().get("channel")).as(sample.toString()).matches("[a-z]{1,20}");
            }
            if (sample.labels().containsKey("outcome")) {
                assertThat(OUTCOMES).as(sample.toString()).contains(sample.labels().get("outcome"));
            }
        }
    }

    @Test
    void theScrapeNeedsTheTokenWhileHealthStaysOpen() throws Exception {
        assertThat(Scrape.get(port, null).statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(Scrape.get(port, AnxinServer.METRICS_TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, "").statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, null).body()).doesNotContain("anxin_turns");

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }
}
