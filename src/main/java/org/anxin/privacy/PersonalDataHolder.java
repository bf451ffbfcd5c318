package org.anxin.privacy;

import java.util.Map;

/**
 * A capability that keeps something about a conversation outside the conversation's own state (files, shares,
 * counters tied to it). Each one is a bean; {@code /mydata} collects their exports and {@code /delete} and the
 * retention job call every one of them, so nothing is left behind.
 */
public interface PersonalDataHolder {

    /** The name of the holder that keeps the conversation's own state; it is erased last. */
    String CONVERSATION = "conversation";

    /** A short stable name for the part it keeps, used as the key in the export ({@code evidence-files}). */
    String name();

    /** What it keeps about the conversation, as plain JSON-ready values (maps, lists, strings, numbers). */
    Map<String, Object> export(String conversationId);

    /** Erases everything it keeps about the conversation: rows, files, cached copies. */
    void erase(String conversationId);
}
