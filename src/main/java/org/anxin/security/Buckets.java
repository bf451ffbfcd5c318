package org.anxin.security;

import java.util.function.Supplier;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;

/** Where the buckets of every limit live: this process's memory, or a database every node shares. */
interface Buckets {

    /** The bucket of {@code key} under the limit named {@code limit}, made full with {@code configuration} when new. */
    Bucket bucket(String limit, String key, BucketConfiguration configuration);

    /** Drops the bucket, so the key starts again with a full one. */
    void forget(String limit, String key);

    /**
     * Runs {@code work} on a bucket; a failure to reach the database that keeps it is the store's own kind of failure,
     * which every channel already answers as the store being down.
     */
    static <T> T reached(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessResourceFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DataAccessResourceFailureException("the rate limits' database cannot be reached", e);
        }
    }
}
