package org.anxin.conversation;

/**
 * A channel whose answers a sender loop delivers ({@link OutboxSender}): each answered message of it gets a row in
 * the delivery table, written in the turn's transaction. A channel declares itself with a bean of this type.
 */
public record OutboxChannel(String name) {
}
