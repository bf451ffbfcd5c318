package org.anxin.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps hot conversations in memory in front of the durable store, so a turn does not read, open and parse its
 * state again. The cache is never the truth: each load asks the store for the conversation's version (one indexed
 * read of a number) and uses the copy only if it is the stored one, so a turn or an erasure on another node is seen
 * at once. Writes go through to the store first; the cache learns the result only after the store accepted it, and
 * forgets a conversation on any conflict.
 */
final class CachedConversationStore implements ConversationStore {

    private final ConversationStore store;
    private final Cache<String, StoredConversation> cache;

    /**
     * {@code maximumBytes}: about how much heap the cached states may take, estimated by {@link StateWeight}.
     * Eviction runs on the thread that adds a state, not later on the common pool: on busy cores that pool can fall
     * behind, and the cache would then hold more than its bound for as long as the load lasts.
     */
    CachedConversationStore(ConversationStore store, long maximumBytes) {
        this.store = store;
        this.cache = Caffeine.newBuilder().maximumWeight(maximumBytes).executor(Runnable::run)
                .weigher((String id, StoredConversation c) -> StateWeight.of(c.state())).build();
    }

    @Override
    public Optional<StoredConversation> load(String conversationId) {
        StoredConversation hot = cache.getIfPresent(conversationId);
        if (hot != null) {
            Optional<Long> version = store.version(conversationId);
            if (version.isEmpty()) {
                cache.invalidate(conversationId);
                return Optional.empty();
            }
            if (version.get() == hot.version()) {
                return Optional.of(hot);
            }
        }
        Optional<StoredConversation> stored = store.load(conversationId);
        stored.ifPresentOrElse(c -> cache.put(conversationId, c), () -> cache.invalidate(conversationId));
        return stored;
    }

    @Override
    public Optional<Long> version(String conversationId) {
        return store.version(conversationId);
    }

    @Override
    public Optional<TurnResult> processed(String channel, String messageId) {
        return store.processed(channel, messageId);
    }

    @Override
    public StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result,
            List<TurnFile> files) {
        try {
            StoredConversation saved = store.commit(previous, next, inbound, result, files);
            cache.put(saved.id(), saved);
            return saved;
        } catch (RuntimeException e) {
            cache.invalidate(next.id());
            throw e;
        }
    }

    @Override
    public Optional<TurnFile> file(String conversationId, String fileId) {
        return store.file(conversationId, fileId);
    }

    @Override
    public List<PendingDelivery> unsent(String channel, String conversationId) {
        return store.unsent(channel, conversationId);
    }

    @Override
    public List<String> withUnsent(String channel, Instant createdBefore, int limit) {
        return store.withUnsent(channel, createdBefore, limit);
    }

    @Override
    public long unsentCount(String channel) {
        return store.unsentCount(channel);
    }

    @Override
    public boolean hasUnsent(String channel, String conversationId) {
        return store.hasUnsent(channel, conversationId);
    }

    @Override
    public boolean claim(DeliveryLease lease, Instant now) {
        return store.claim(lease, now);
    }

    @Override
    public void release(DeliveryLease lease) {
        store.release(lease);
    }

    @Override
    public void recordDelivery(String channel, String messageId, int sentParts, boolean complete, Instant at,
            DeliveryLease renewed) {
        store.recordDelivery(channel, messageId, sentParts, complete, at, renewed);
    }

    @Override
    public void park(String channel, String messageId, Instant at) {
        store.park(channel, messageId, at);
    }

    @Override
    public int unpark(String channel, String conversationId) {
        return store.unpark(channel, conversationId);
    }

    @Override
    public void erase(String conversationId) {
        cache.invalidate(conversationId);
        store.erase(conversationId);
        cache.invalidate(conversationId);
    }

    @Override
    public List<String> untouchedSince(Instant cutoff, int limit) {
        return store.untouchedSince(cutoff, limit);
    }

    @Override
    public boolean reachable() {
        return store.reachable();
    }
}
