package org.anxin.evidence;

import org.anxin.settings.AnxinProperties;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.privacy.DataSealer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The locker's beans: the file store under {@code <data-dir>/evidence} and the intake channels hand files to. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    EvidenceFiles evidenceFiles(AnxinProperties properties, DataSealer sealer, EvidenceProperties limits) {
        return new EvidenceFiles(properties.dataDir().resolve("evidence"), sealer, limits);
    }

    @Bean
    UnusedEvidenceFiles unusedEvidenceFiles(EvidenceFiles files) {
        return new UnusedEvidenceFiles(files);
    }

    @Bean
    EvidenceIntake evidenceIntake(TurnService turns, EvidenceFiles files, DialogEngine engine, AnxinProperties properties) {
        return new EvidenceIntake(turns, files, engine, properties.zone().getId());
    }
}
