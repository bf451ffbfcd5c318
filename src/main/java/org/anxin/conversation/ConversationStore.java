package org.anxin.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where conversations live. The store is the truth; caches sit in front of it. */
public interface ConversationStore {

    Optional<StoredConversation> load(String conversationId);

    /** The stored version of a conversation (cheap: no state is read), or empty when there is none. */
    Optional<Long> version(String conversationId);

    /** The answer already given to this message, if it was processed before. */
    Optional<TurnResult> processed(String channel, String messageId);

    /**
     * Saves the new state and, when the message has an id, its answer, in one transaction; on a channel a sender loop
     * serves ({@link OutboxChannel}), the answer's row in the delivery table too. {@code previous} is what the turn
     * started from (null for a new conversation).
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
     * Answers of this conversation on this channel not yet completely sent and not waiting for the user, oldest first:
     * what its sender loop sends next, in order.
     */
    List<PendingDelivery> unsent(String channel, String conversationId);

    /** Conversations on this channel with an answer made before {@code createdBefore} still unsent; oldest first. */
    List<String> withUnsent(String channel, Instant createdBefore, int limit);

    /** How many answers on this channel wait for its sender loop: not yet completely sent, not waiting for the user. */
    long unsentCount(String channel);

    /** Whether this conversation has an answer on this channel still to send (not waiting for the user). */
    boolean hasUnsent(String channel, String conversationId);

    /**
     * Claims the sending of a conversation's answers: true when no other owner holds an unexpired claim at {@code now}
     * (a claim already held by the same owner is renewed).
     */
    boolean claim(DeliveryLease lease, Instant now);

    /** Gives a claim up, if this owner still holds it. */
    void release(DeliveryLease lease);

    /**
     * Notes that {@code sentParts} parts of this message's answer went out ({@code complete} when all did) and renews
     * {@code renewed} (null: no claim to renew): in the same transaction where claims are rows, in memory on the
     * embedded store.
     */
    void recordDelivery(String channel, String messageId, int sentParts, boolean complete, Instant at,
            DeliveryLease renewed);

    /** This answer waits until the user writes again (the channel may not send before that). */
    void park(String channel, String messageId, Instant at);

    /** Answers of this conversation that waited for its user may go out again; answers how many. */
    int unpark(String channel, String conversationId);

    /**
     * Erases the conversation and every row tied to it: its state, its stored answers and files, replies waiting to go
     * out. A conversation started again under the same id continues from a later version, so a stale copy of the
     * erased one can never be written back.
     */
    void erase(String conversationId);

    /** Conversations last written before {@code cutoff}, for the retention job; at most {@code limit}. */
    List<String> untouchedSince(Instant cutoff, int limit);

    /** Whether the store answers; used by the health check. */
    boolean reachable();
}
