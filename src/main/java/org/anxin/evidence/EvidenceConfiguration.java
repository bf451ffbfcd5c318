package org.anxin.evidence;

import java.time.Clock;
import java.time.Instant;
import org.anxin.settings.AnxinProperties;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.privacy.DataSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The locker's beans: the file store in the database and the intake channels hand files to. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EvidenceConfiguration.class);

    /** Files an earlier version left under {@code <data-dir>/evidence} are moved into the store first. */
    @Bean
    EvidenceFiles evidenceFiles(JdbcTemplate jdbc, DataSealer sealer, EvidenceProperties limits, Clock clock,
            AnxinProperties properties, ConversationStore store) {
        EvidenceFiles files = new EvidenceFiles(jdbc, sealer, limits, clock);
        // Every conversation: those untouched since the end of time.
        EvidenceFilesOnDisk.Moved moved = EvidenceFilesOnDisk.move(properties.dataDir().resolve("evidence"), files,
                () -> store.untouchedSince(Instant.ofEpochMilli(Long.MAX_VALUE), Integer.MAX_VALUE));
        if (moved.files() > 0) {
            log.info("moved {} evidence files from this node's disk into the store", moved.files());
        }
        if (moved.foldersLeft() > 0) {
            log.warn("{} evidence folders under the data folder belong to no conversation in this store and were left"
                    + " on disk", moved.foldersLeft());
        }
        return files;
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
