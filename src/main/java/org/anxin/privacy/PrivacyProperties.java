package org.anxin.privacy;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record PrivacyProperties(@DefaultValue("90d") @NotNull @DurationMin(hours = 1) Duration retention, String activeKey,
        Map<String, String> keys, Path keyFile) {

    public PrivacyProperties {
        keys = keys != null ? Map.copyOf(keys) : Map.of();
    }

    /** The keys' ids, never the keys. */
    @Override
    public String toString() {
        return "PrivacyProperties[retention=" + retention + ", activeKey=" + activeKey + ", keys="
                + new TreeMap<>(keys).keySet() + ", keyFile=" + keyFile + "]";
    }
}
