package org.anxin.conversation;

/** Another turn (on this node or another) wrote the same conversation or message first; the turn is retried. */
public class ConcurrentTurnException extends RuntimeException {

    public ConcurrentTurnException(String message) {
        super(message);
    }
}
