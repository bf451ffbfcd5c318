package org.anxin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who may read the scrape: only a request with the configured bearer token, and nobody when none is configured. */
class MetricsSecurityTest {

    private static final byte[] TOKEN = "a-scrape-token-of-thirty-two-chars!".getBytes(StandardCharsets.UTF_8);

    private static MockHttpServletRequest with(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    @Test
    void onlyTheConfiguredBearerTokenIsLetIn() {
        assertThat(MetricsSecurity.bearerMatches(with("Bearer a-scrape-token-of-thirty-two-chars!"), TOKEN)).isTrue();
        assertThat(MetricsSecurity.bearerMatches(with("bearer a-scrape-token-of-thirty-two-chars!"), TOKEN)).isTrue();
        assertThat(MetricsSecurity.bearerMatches(with("Bearer a-scrape-token-of-thirty-two-chars"), TOKEN)).isFalse();
        assertThat(MetricsSecurity.bearerMatches(with("Basic YTpi"), TOKEN)).isFalse();
        assertThat(MetricsSecurity.bearerMatches(with(null), TOKEN)).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNobodyIsLetIn() {
        assertThat(MetricsSecurity.bearerMatches(with("Bearer "), null)).isFalse();
        assertThat(MetricsSecurity.bearerMatches(with("Bearer a-scrape-token-of-thirty-two-chars!"), null)).isFalse();
    }

    @Test
    void aBlankTokenMeansNoneAndNoTokenIsEverPrinted() {
        assertThat(new MetricsProperties("  ").token()).isNull();
        assertThat(new MetricsProperties(null).toString()).contains("(unset)");
        assertThat(new MetricsProperties("a-scrape-token-of-thirty-two-chars!").toString()).doesNotContain("scrape");
    }
}
