package org.anxin.privacy;

import org.anxin.settings.AnxinProperties;
import org.anxin.settings.Secrets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
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
        if (privacy.keyFile() == null && anxin.store().shared()) {
            // A key file made in each node's own data folder would seal what other nodes can never open.
            throw new InvalidConfigurationPropertyValueException("anxin.privacy.keys", Secrets.shown(null),
                    "anxin.store.url is set, so several nodes may share the store, and each must open what the others"
                            + " sealed: set the same data keys on every node (anxin.privacy.keys.k1, ANXIN_PRIVACY_KEYS_K1;"
                            + " a store used so far keeps its key in <data-dir>/anxin.key), or anxin.privacy.key-file on"
                            + " storage every node reads");
        }
        return KeyRing.fromFile(privacy.keyFile() != null ? privacy.keyFile() : anxin.dataDir().resolve("anxin.key"));
    }

    @Bean
    DataSealer dataSealer(KeyRing keys) {
        return new AesGcmSealer(keys);
    }
}
