package org.anxin.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.*}; each can also come from the environment by relaxed binding
 * ({@code ANXIN_DATA_DIR}, {@code ANXIN_DIALOGS_DIR}, ...).
 *
 * @param dataDir    where the embedded store keeps its file
 * @param dialogsDir the dialogs folder: flows, messages, tests
 * @param zone       the time zone users are assumed to be in until they say otherwise
 * @param store      the database; empty means the embedded SQLite file in {@code dataDir}
 * @param cacheMemory about how much heap the conversations kept in memory may take (their states' estimated size);
 *                   beyond it the least used are read from the store again
 */
@ConfigurationProperties("anxin")
@Validated
public record AnxinProperties(@DefaultValue("data") @NotNull Path dataDir, @DefaultValue("dialogs") @NotNull Path dialogsDir,
        @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone, @DefaultValue @Valid Store store,
        @DefaultValue("64MB") @NotNull org.springframework.util.unit.DataSize cacheMemory) {

    public AnxinProperties {
        if (cacheMemory != null && cacheMemory.toBytes() <= 0) {
            throw new IllegalArgumentException("anxin.cache-memory must be more than 0 bytes, such as 64MB");
        }
    }

    /**
     * A JDBC database other than the embedded one, such as PostgreSQL for several nodes. {@code lease}: how long a
     * node's claim on work that one node at a time does (Telegram long polling) holds without renewal, so how soon
     * another node takes over when it dies. {@code connections}: the pool's size on that database; on PostgreSQL a turn
     * holds one for all of its work (its lock is a transaction), so turns beyond it queue.
     */
    public record Store(String url, String username, String password,
            @DefaultValue("30s") @NotNull java.time.Duration lease,
            @DefaultValue("10") @jakarta.validation.constraints.Min(1) int connections) {

        /**
         * Whether the store is a database of its own, which several nodes may share: then what one node keeps must be
         * readable by every other (the data keys, the link secret), and what it counts must be counted by all.
         */
        public boolean shared() {
            return url != null && !url.isBlank();
        }

        /**
         * Whether that database is PostgreSQL, whose own means the nodes share: advisory locks for turns, row locks for
         * rate limits, leases for what one node at a time does.
         */
        public boolean postgres() {
            return shared() && url.strip().startsWith("jdbc:postgresql:");
        }

        /** The password, and whatever follows '?' in the address (it may carry one too), are not shown. */
        @Override
        public String toString() {
            String shownUrl = url == null ? null : url.contains("?") ? url.substring(0, url.indexOf('?')) + "?***" : url;
            return "Store[url=" + shownUrl + ", username=" + username + ", password=" + Secrets.shown(password)
                    + ", lease=" + lease + "]";
        }
    }
}
