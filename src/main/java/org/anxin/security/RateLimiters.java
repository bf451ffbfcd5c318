package org.anxin.security;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * Makes every rate limit of the app (per chat, per address, resume-code guesses, sign-in failures) over one place for
 * their buckets: this process's memory on the embedded store, the shared database on PostgreSQL, so that a second node
 * behind a load balancer does not double anyone's budget.
 */
public final class RateLimiters {

    private final Buckets buckets;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    RateLimiters(Buckets buckets) {
        this.buckets = buckets;
    }

    /** {@code perMinute} a minute per key, given back gradually, of which {@code burst} may come at once. */
    public RateLimits perMinute(String name, long perMinute, long burst) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits must allow at least one request a minute and a burst of one");
        }
        return limits(name, Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build());
    }

    /**
     * {@code count} per key in each {@code period}, all given back together when the period that began with the key's
     * first use is over: once they are spent, the key waits for the rest of that period.
     */
    public RateLimits perPeriod(String name, long count, Duration period) {
        if (count < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit per period needs at least one use and a period");
        }
        return limits(name, Bandwidth.builder().capacity(count).refillIntervally(count, period).build());
    }

    private RateLimits limits(String name, Bandwidth bandwidth) {
        // A name is the start of every bucket's key: two limits under one name would spend each other's tokens.
        if (!names.add(name)) {
            throw new IllegalStateException("a rate limit named '" + name + "' exists already");
        }
        return new RateLimits(name, BucketConfiguration.builder().addLimit(bandwidth).build(), buckets);
    }
}
