package org.anxin.mydata;

import java.time.Clock;
import java.util.List;
import org.anxin.cluster.NodeLeases;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.letter.Letters;
import org.anxin.privacy.PersonalDataHolder;
import org.anxin.privacy.PrivacyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user can do with what is kept about them: see it and take it, erase it; and erasure after the retention
 * period (run on its schedule by the server only, see {@code org.anxin.SchedulingConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class MyDataConfiguration {

    @Bean
    PersonalData personalData(List<PersonalDataHolder> holders) {
        return new PersonalData(holders);
    }

    @Bean
    MyDataFile myDataFile(PersonalData data, JsonMapper json, TurnService turns, DialogEngine engine,
            ObjectProvider<Letters> letters, Clock clock) {
        // The letters load on first use; the summary asks for them only when a PDF is made.
        return new MyDataFile(data, json, clock, turns::state,
                new MyDataSummary(engine.dialogs(), letters::getObject), engine.dialogs().messages());
    }

    @Bean
    Retention retention(ConversationStore store, TurnService turns, PrivacyProperties privacy, Clock clock,
            NodeLeases leases) {
        return new Retention(store, turns, privacy.retention(), clock, leases);
    }
}
