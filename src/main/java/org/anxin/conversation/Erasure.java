package org.anxin.conversation;

/**
 * Erases everything kept about a conversation, in the store and in every capability that keeps something beside it.
 * A turn that ends in "delete my data" and the retention job call it; the capability that knows every keeper
 * provides it.
 */
public interface Erasure {

    void eraseAll(String conversationId);
}
