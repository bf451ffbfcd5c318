package org.anxin.conversation;

/** The bytes of a file a turn handed over ({@link Outbound.FileRef}), stored with the turn. */
public record TurnFile(String id, String name, String mediaType, byte[] bytes) {
}
