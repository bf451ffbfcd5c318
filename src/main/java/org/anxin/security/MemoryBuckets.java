package org.anxin.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Buckets in this process's memory, for one node on the embedded store: per limit a Caffeine cache of at most
 * {@code maxKeys} buckets, so a flood of invented keys cannot grow memory. A bucket untouched long enough to be full
 * again is dropped: it would be made the same anew.
 */
final class MemoryBuckets implements Buckets {

    private final long maxKeys;
    private final ConcurrentMap<String, Cache<String, Bucket>> limits = new ConcurrentHashMap<>();

    MemoryBuckets(long maxKeys) {
        this.maxKeys = maxKeys;
    }

    @Override
    public Bucket bucket(String limit, String key, BucketConfiguration configuration) {
        return cache(limit, configuration).get(key, k -> {
            var bucket = Bucket.builder();
            for (Bandwidth bandwidth : configuration.getBandwidths()) {
                bucket.addLimit(bandwidth);
            }
            return bucket.build();
        });
    }

    @Override
    public void forget(String limit, String key) {
        Cache<String, Bucket> cache = limits.get(limit);
        if (cache != null) {
            cache.invalidate(key);
        }
    }

    private Cache<String, Bucket> cache(String limit, BucketConfiguration configuration) {
        return limits.computeIfAbsent(limit, l -> Caffeine.newBuilder().maximumSize(maxKeys)
                .expireAfterAccess(timeToFull(configuration)).build());
    }

    /** How long an empty bucket takes to be full again: after that long untouched, it is as good as new. */
    static Duration timeToFull(BucketConfiguration configuration) {
        Duration longest = Duration.ZERO;
        for (Bandwidth b : configuration.getBandwidths()) {
            Duration period = Duration.ofNanos(b.getRefillPeriodNanos());
            // Greedy refill gives tokens back one by one; intervally refill in whole periods.
            Duration full = b.isRefillIntervally()
                    ? period.multipliedBy((b.getCapacity() + b.getRefillTokens() - 1) / b.getRefillTokens())
                    : period.multipliedBy(b.getCapacity()).dividedBy(b.getRefillTokens());
            longest = full.compareTo(longest) > 0 ? full : longest;
        }
        return longest.plusSeconds(1);
    }
}
