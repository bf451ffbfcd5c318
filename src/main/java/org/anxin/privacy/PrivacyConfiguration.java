package org.anxin.privacy;

import java.time.Clock;
import java.util.List;
import org.anxin.AnxinProperties;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.letter.Letters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** The privacy beans: the data keys, the sealer every capability writes through, export and erasure, retention. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
@EnableScheduling
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
    MyDataFile myDataFile(PersonalData data, JsonMapper json, TurnService turns, DialogEngine engine,
            ObjectProvider<Letters> letters) {
        // The letters load on first use; the summary asks for them only when a PDF is made.
        return new MyDataFile(data, json, Clock.systemUTC(), turns::state,
                new MyDataSummary(engine.dialogs(), letters::getObject), engine.dialogs().messages());
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
