package org.anxin.privacy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.privacy.*}.
 *
 * @param retention how long a conversation untouched is kept before it is erased with everything tied to it
 * @param activeKey the id of the key that seals new data
 * @param keys      data keys by id, Base64 of 32 bytes each (from the environment or a secret store, never the repo);
 *                  empty means the key file
 * @param keyFile   the key file used when no keys are configured; default {@code <data-dir>/anxin.key}
 */
@ConfigurationProperties("anxin.privacy")
public record PrivacyProperties(Duration retention, String activeKey, Map<String, String> keys, Path keyFile) {

    public PrivacyProperties {
        retention = retention != null ? retention : Duration.ofDays(90);
        keys = keys != null ? Map.copyOf(keys) : Map.of();
    }
}
