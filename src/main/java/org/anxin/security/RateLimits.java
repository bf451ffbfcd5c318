package org.anxin.security;

import java.time.Duration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Token buckets by key (a chat, an address): each key may send {@code perMinute} requests a minute, refilled
 * gradually, with a burst of {@code burst}. Buckets of keys not seen for a while are dropped, so memory stays bounded
 * however many keys a flooder invents.
 */
public final class RateLimits {

    private final Cache<String, Bucket> buckets;
    private final long perMinute;
    private final long burst;

    public RateLimits(long perMinute, long burst, long maxKeys) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits must allow at least one request a minute and a burst of one");
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Whether this key may go on now; a refused request does not count against it. */
    public boolean tryAcquire(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
