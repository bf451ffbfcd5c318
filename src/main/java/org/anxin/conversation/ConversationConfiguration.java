package org.anxin.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.anxin.settings.AnxinProperties;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.Understanding;
import org.anxin.privacy.DataSealer;
import org.anxin.privacy.PrivateFolder;
import org.anxin.security.ChatRateLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation store: an embedded SQLite file under {@code anxin.data-dir} unless {@code anxin.store.url}
 * names another database, with Caffeine in front. Flyway migrates whichever it is at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    /** The SQLite writer connection's own options, beside those every connection to the file has. */
    static final String WRITER_OPTIONS = "&transaction_mode=IMMEDIATE";

    @Bean
    DataSource dataSource(AnxinProperties properties) {
        AnxinProperties.Store store = properties.store();
        if (store.shared()) {
            HikariDataSource shared = DataSourceBuilder.create().type(HikariDataSource.class).url(store.url())
                    .username(store.username()).password(store.password()).build();
            shared.setMaximumPoolSize(store.connections());
            return shared;
        }
        try {
            PrivateFolder.create(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + properties.dataDir().toAbsolutePath(), e);
        }
        // SQLite allows one writer at a time; one connection keeps every transaction in order, and IMMEDIATE makes
        // each transaction take the write lock when it begins, so a write never fails on a snapshot another process
        // made stale (see GroupCommit).
        return sqlite(properties, "anxin-sqlite", 1, WRITER_OPTIONS);
    }

    /**
     * How the conversation store reaches the database. On the embedded SQLite file its reads get four connections of
     * their own and its writes share commits; on another database everything goes through the one pool.
     */
    @Bean
    StoreSql storeSql(AnxinProperties properties, JdbcTemplate jdbc, TransactionTemplate transactions) {
        if (properties.store().shared()) {
            return new StoreSql(jdbc, jdbc, WriteTransactions.direct(transactions), DeliveryClaims.shared(jdbc));
        }
        return new StoreSql(jdbc, new JdbcTemplate(sqlite(properties, "anxin-sqlite-read", 4, "")),
                GroupCommit.start(transactions), DeliveryClaims.local());
    }

    private static HikariDataSource sqlite(AnxinProperties properties, String name, int connections, String options) {
        HikariDataSource sqlite = DataSourceBuilder.create().type(HikariDataSource.class)
                .url("jdbc:sqlite:" + properties.dataDir().resolve("anxin.db").toAbsolutePath()
                        + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true" + options)
                .build();
        sqlite.setMaximumPoolSize(connections);
        sqlite.setPoolName(name);
        return sqlite;
    }

    @Bean
    ConversationStore conversationStore(StoreSql sql, JsonMapper json, AnxinProperties properties, DataSealer sealer,
            ObjectProvider<OutboxChannel> senderLoops, java.time.Clock clock) {
        ConversationStore durable = new JdbcConversationStore(sql, new StateCodec(json), json, sealer,
                senderLoops.stream().map(OutboxChannel::name).collect(java.util.stream.Collectors.toSet()), clock);
        return new CachedConversationStore(durable, properties.cacheMemory().toBytes());
    }

    @Bean
    ConversationData conversationData(ConversationStore store, JsonMapper json) {
        return new ConversationData(store, json);
    }

    @Bean
    TurnLocks turnLocks(AnxinProperties properties, TransactionTemplate transactions, JdbcTemplate jdbc) {
        return properties.store().postgres() ? new PostgresTurnLocks(transactions, jdbc) : new ConversationLocks();
    }

    @Bean
    TurnService turnService(DialogEngine engine, ConversationStore store, TurnLocks locks, AnxinProperties properties,
            ObjectProvider<Erasure> erasure, ChatRateLimit rateLimit, ObjectProvider<StartLinks> links,
            List<TurnObserver> observers, Understanding understanding, ObjectProvider<ReplyRenderer> renderer,
            ObjectProvider<TurnMetrics> metrics) {
        TurnMetrics counted = metrics.getIfAvailable(() -> TurnMetrics.NONE);
        return new TurnService(engine, store, locks, properties.zone().getId(), id -> erasure.getObject().eraseAll(id), rateLimit,
                links.getIfAvailable(), observers, TurnMetrics.timed(understanding, counted),
                renderer.getIfAvailable(() -> ReplyRenderer.TEXT_ONLY), counted);
    }
}
