package org.anxin.counselor;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows password guessing: after too many failed logins to one account, or from one address, further tries are
 * refused for a while, even with the right password. Counters live in memory (Caffeine) and fade after the lockout.
 */
final class LoginThrottle {

    private final int accountLimit;
    private final int addressLimit;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(int accountLimit, int addressLimit, Duration lockout) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.failures = Caffeine.newBuilder().expireAfterWrite(lockout).maximumSize(100_000).build();
    }

    boolean blocked(String account, String address) {
        return count("a:" + account) >= accountLimit || count("i:" + address) >= addressLimit;
    }

    void failed(String account, String address) {
        failures.asMap().compute("a:" + account, LoginThrottle::increment);
        failures.asMap().compute("i:" + address, LoginThrottle::increment);
    }

    void succeeded(String account) {
        failures.invalidate("a:" + account);
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private static AtomicInteger increment(String key, AtomicInteger n) {
        // A new value each time, so expireAfterWrite restarts the lockout with every failure.
        return new AtomicInteger(n == null ? 1 : n.get() + 1);
    }
}
