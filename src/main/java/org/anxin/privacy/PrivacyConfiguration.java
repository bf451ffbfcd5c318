package org.anxin.privacy;

import org.anxin.settings.AnxinProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy beans: the data keys and the sealer every capability writes through. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    KeyRing keyRing(PrivacyProperties privacy, AnxinProperties anxin) {
        if (!privacy.keys().isEmpty()) {
            return KeyRing.of(privacy.activeKey(), privacy.keys());
        }
        return KeyRing.fromFile(privacy.keyFile() != null ? privacy.keyFile() : anxin.dataDir().resolve("anxin.key"));
    }

    @Bean
    DataSealer dataSealer(KeyRing keys) {
        return new AesGcmSealer(keys);
    }
}
