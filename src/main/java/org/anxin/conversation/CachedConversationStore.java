package org.anxin.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps hot conversations in memory in front of the durable store. Writes go through to the store first; the
 * cache learns the result only after the store has accepted it, and forgets a conversation on any conflict.
 */
final class CachedConversationStore implements ConversationStore {

    private final ConversationStore store;
    private final Cache<String, StoredConversation> cache;

    CachedConversationStore(ConversationStore store, long maximumSize) {
        this.store = store;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    public Optional<StoredConversation> load(String conversationId) {
        StoredConversation hot = cache.getIfPresent(conversationId);
        if (hot != null) {
            return Optional.of(hot);
        }
        Optional<StoredConversation> stored = store.load(conversationId);
        stored.ifPresent(c -> cache.put(conversationId, c));
        return stored;
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
    public void recordDelivery(String channel, String messageId, int sentParts, boolean complete, Instant at) {
        store.recordDelivery(channel, messageId, sentParts, complete, at);
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
