package org.anxin.dialog;

/** What a user did: typed text, pressed a button, sent a file, or opened (or reopened) the chat. */
public sealed interface UserInput {

    /** Free text, a number for a choice, a command such as {@code /back}, or a command word such as 返回. */
    record Text(String text) implements UserInput {
    }

    /** A pressed button: the position it was shown at ({@link DialogState#position()}) and the choice's key. */
    record Pick(String position, String key) implements UserInput {
    }

    /**
     * A file the user sent (a photo, a voice note, a document), already stored by the channel: what it is, for the
     * evidence locker. Outside the evidence flow it is not kept, and the channel deletes the bytes again.
     */
    record Attachment(Incident.File file) implements UserInput {
    }

    /** The chat was opened: start a new conversation, or show again where an existing one waits. */
    record Open() implements UserInput {
    }
}
