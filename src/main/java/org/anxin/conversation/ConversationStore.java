package org.anxin.conversation;

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
    StoredConversation commit(StoredConversation previous, StoredConversation next, Inbound inbound, TurnResult result);

    /** Whether the store answers; used by the health check. */
    boolean reachable();
}
