package org.anxin.privacy;

import java.time.Clock;
import java.util.List;
import org.anxin.AnxinProperties;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy beans: the data keys, the sealer every capability writes through, export and erasure, retention (run on
 * its schedule by the server only, see {@code org.anxin.SchedulingConfiguration}).
 */
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
    PersonalData personalData(List<PersonalDataHolder> holders) {
        return new PersonalData(holders);
    }

    @Bean
    MyDataFile myDataFile(PersonalData data, JsonMapper json) {
        return new MyDataFile(data, json, Clock.systemUTC());
    }

    @Bean
    Retention retention(ConversationStore store, TurnService turns, PrivacyProperties privacy) {
        return new Retention(store, turns, privacy.retention(), Clock.systemUTC());
    }

    @Bean
    DataSealer dataSealer(KeyRing keys) {
        return new AesGcmSealer(keys);
    }
}
