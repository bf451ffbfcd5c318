package org.anxin.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy beans: the sealer every capability writes through. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    DataSealer dataSealer() {
        // Replaced by AES-GCM sealing with keys by id.
        return new DataSealer() {
            @Override
            public byte[] seal(byte[] plain, String context) {
                return plain.clone();
            }

            @Override
            public byte[] open(byte[] sealed, String context) {
                return sealed.clone();
            }
        };
    }
}
