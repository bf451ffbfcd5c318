package org.anxin.conversation;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * One turn at a time per conversation within this process (one node on the embedded store). Locks are held weakly,
 * so a conversation nobody is talking to costs nothing, and fair, so waiting turns go in the order they came.
 */
final class ConversationLocks implements TurnLocks {

    private final LoadingCache<String, Lock> locks = Caffeine.newBuilder().weakValues().build(key -> new ReentrantLock(true));

    @Override
    public <T> T withLock(String conversationId, Supplier<T> work) {
        Lock lock = locks.get(conversationId);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
