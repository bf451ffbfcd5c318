package org.anxin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits on the embedded store: buckets in this process's memory, one per key and limit. */
class RateLimitsTest {

    private final RateLimiters limiters = new RateLimiters(new MemoryBuckets(1000));

    @Test
    void aKeySpendsItsBurstAndARefusalCostsNothingWhileOtherKeysGoOn() {
        RateLimits chats = limiters.perMinute("chat", 1, 2);

        assertThat(chats.tryAcquire("web:a")).isTrue();
        assertThat(chats.tryAcquire("web:a")).isTrue();
        assertThat(chats.tryAcquire("web:a")).isFalse();
        assertThat(chats.exhausted("web:a")).isTrue();
        assertThat(chats.tryAcquire("web:b")).isTrue();
        assertThat(chats.exhausted("web:b")).isFalse();
    }

    @Test
    void limitsWithTheSameKeysDoNotShareBucketsAndAForgottenKeyStartsAfresh() {
        RateLimits accounts = limiters.perPeriod("sign-in-account", 2, Duration.ofMinutes(15));
        RateLimits addresses = limiters.perPeriod("sign-in-address", 5, Duration.ofMinutes(15));

        accounts.tryAcquire("c1");
        accounts.tryAcquire("c1");

        assertThat(accounts.exhausted("c1")).isTrue();
        assertThat(addresses.exhausted("c1")).as("the same key under another limit").isFalse();
        accounts.forget("c1");
        assertThat(accounts.exhausted("c1")).isFalse();
    }

    @Test
    void twoLimitsCannotShareAName() {
        limiters.perMinute("resume-code", 5, 5);
        assertThatThrownBy(() -> limiters.perMinute("resume-code", 5, 5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> limiters.perMinute("zero", 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUntouchedBucketIsDroppedOnlyOnceItWouldBeFullAgain() {
        // 20 tokens at 60 a minute are back in 20 s; 5 failures a quarter of an hour come back together after it.
        assertThat(MemoryBuckets.timeToFull(io.github.bucket4j.BucketConfiguration.builder()
                .addLimit(l -> l.capacity(20).refillGreedy(60, Duration.ofMinutes(1))).build())).isEqualTo(Duration.ofSeconds(21));
        assertThat(MemoryBuckets.timeToFull(io.github.bucket4j.BucketConfiguration.builder()
                .addLimit(l -> l.capacity(5).refillIntervally(5, Duration.ofMinutes(15))).build()))
                .isEqualTo(Duration.ofMinutes(15).plusSeconds(1));
    }
}
