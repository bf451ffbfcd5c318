package org.anxin.metrics;

import jakarta.validation.constraints.Size;
import org.anxin.settings.Secrets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.metrics.*} ({@code ANXIN_METRICS_TOKEN} from the environment).
 *
 * @param token the bearer token Prometheus sends to {@code /actuator/prometheus} (32 characters or more); unset, every
 *              scrape is refused
 */
@ConfigurationProperties("anxin.metrics")
@Validated
record MetricsProperties(@Size(min = 32, message = "needs 32 characters or more") String token) {

    MetricsProperties {
        // An empty value (an unset variable in a container's file) means none.
        token = token == null || token.isBlank() ? null : token.strip();
    }

    @Override
    public String toString() {
        return "MetricsProperties[token=" + Secrets.shown(token) + "]";
    }
}
