package org.anxin.security;

import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets in the PostgreSQL database every node shares (table {@code rate_limit_bucket}), through Bucket4j's
 * PostgreSQL back end: each use locks the bucket's row ({@code SELECT ... FOR UPDATE}), so two nodes never spend the
 * same token. A row is named by the limit and a hash of the key, so the table shows no chat ids or addresses; it
 * expires a minute after its bucket would be full again, and {@link #removeExpired} deletes it.
 *
 * <p>A failure to reach the database is a {@link DataAccessResourceFailureException} ({@link Buckets#reached}), which
 * every channel already answers as the store being down.
 */
final class DatabaseBuckets implements Buckets {

    /** Rows removed per statement by the cleaner, so it never holds many locks at once. */
    private static final int REMOVE_BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(DatabaseBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public Bucket bucket(String limit, String key, BucketConfiguration configuration) {
        // A proxy: nothing is read or written until the limit asks it something.
        return buckets.builder().build(id(limit, key), () -> configuration);
    }

    @Override
    public void forget(String limit, String key) {
        Buckets.reached(() -> {
            buckets.removeProxy(id(limit, key));
            return null;
        });
    }

    /** Every ten minutes in the server (see {@code org.anxin.SchedulingConfiguration}), on whichever node runs it. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    void removeExpiredBuckets() {
        try {
            log.debug("removed {} expired rate-limit buckets", removeExpired());
        } catch (RuntimeException e) {
            log.warn("expired rate-limit buckets could not be removed; the next round tries again", e);
        }
    }

    /** Deletes the rows of buckets that have been full for a minute; returns how many went. */
    int removeExpired() {
        return Buckets.reached(() -> {
            int removed = 0;
            int batch;
            do {
                batch = buckets.removeExpired(REMOVE_BATCH);
                removed += batch;
            } while (batch == REMOVE_BATCH);
            return removed;
        });
    }

    static String id(String limit, String key) {
        return limit + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(org.anxin.privacy.Digests.sha256(key));
    }
}
