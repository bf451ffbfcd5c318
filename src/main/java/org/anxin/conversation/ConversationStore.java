package org.anxin.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where conversations live. The store is the truth; caches sit in front of it. */
public interface ConversationStore {

    Optional<StoredConversation> load(String conversationId);

    /** The answer already given to this message, if it was processed before. */
    Optional<TurnResult> processed(String channel, String messageId);

    /**
     * Saves the new state and, when the message has an id, its answer, in one transaction. {@code previous} is what
     * the turn started from (null for a new conversation).
     *
     * @throws ConcurrentTurnException when someone else wrote the conversation or processed the message first
     */
    StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result,
            List<TurnFile> files);

    /** As {@link #commit(StoredConversation, StoredConversation, Inbound, TurnResult, List)} for a turn without files. */
    default StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result) {
        return commit(previous, next, inbound, result, List.of());
    }

    /** A file a turn of this conversation handed over, while it is kept. */
    Optional<TurnFile> file(String conversationId, String fileId);

    /**
     * The answer to this message if its channel has not finished sending it; empty when it has, or when the message
     * was never processed. Only for channels that send answers on their own and record it (Telegram).
     */
    Optional<PendingDelivery> pendingDelivery(String channel, String messageId);

    /** Answers on this channel, processed before {@code processedBefore}, not yet completely sent; oldest first. */
    List<PendingDelivery> pendingDeliveries(String channel, Instant processedBefore, int limit);

    /** Notes that {@code deliveredParts} parts of this message's answer went out; {@code complete} when all did. */
    void recordDelivery(String channel, String messageId, int deliveredParts, boolean complete, Instant at);

    /** Erases the conversation and every row tied to it: its state, its stored answers and files, replies waiting to go out. */
    void erase(String conversationId);

    /** Conversations last written before {@code cutoff}, for the retention job; at most {@code limit}. */
    List<String> untouchedSince(Instant cutoff, int limit);

    /** Whether the store answers; used by the health check. */
    boolean reachable();
}
