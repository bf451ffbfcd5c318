package org.anxin.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Token buckets by key (a chat, an address, an account), all with the same configuration, kept by {@link RateLimiters}
 * in this process's memory or in the database every node shares. Made by {@link RateLimiters} only.
 */
public final class RateLimits {

    private final String name;
    private final BucketConfiguration configuration;
    private final Buckets buckets;

    RateLimits(String name, BucketConfiguration configuration, Buckets buckets) {
        this.name = name;
        this.configuration = configuration;
        this.buckets = buckets;
    }

    /** Whether this key may go on now; a refused request does not count against it. */
    public boolean tryAcquire(String key) {
        return Buckets.reached(() -> bucket(key).tryConsume(1));
    }

    /** Whether this key has nothing left for now, without taking anything. */
    public boolean exhausted(String key) {
        return Buckets.reached(() -> bucket(key).getAvailableTokens() < 1);
    }

    /** Starts this key afresh, with a full bucket. */
    public void forget(String key) {
        buckets.forget(name, key);
    }

    private Bucket bucket(String key) {
        return buckets.bucket(name, key, configuration);
    }
}
