package org.anxin.conversation;

import java.util.function.Supplier;

/**
 * One turn at a time per conversation. The in-process implementation ({@link ConversationLocks}) serves one node on
 * the embedded store; on PostgreSQL, where several nodes may share the database, the database holds the lock
 * ({@link PostgresTurnLocks}). Re-entrant: a thread that holds a conversation's lock may take it again (a
 * capability's work around a turn, then the turn).
 */
public interface TurnLocks {

    <T> T withLock(String conversationId, Supplier<T> work);
}
