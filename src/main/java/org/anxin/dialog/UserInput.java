package org.anxin.dialog;

import java.util.Map;

/**
 * What a user did: typed text, pressed a button, sent a file, or opened (or reopened) the chat, perhaps through a
 * deep link or a hand-off link.
 */
public sealed interface UserInput {

    /**
     * Free text, a number for a choice, a command such as {@code /back}, or a command word such as 返回, with what
     * the understanding layer read in it (null when nothing read it: then only the distress rules apply).
     */
    record Text(String text, Reading reading) implements UserInput {

        public Text(String text) {
            this(text, null);
        }
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

    /**
     * The chat was opened through a deep link: the payload of Telegram's {@code /start <payload>}, a web link's
     * {@code ?start=}, a WeChat QR code's scene. A flow's name opens that flow; any other payload is answered kindly
     * and opens the start, as {@code /start <payload>} typed does.
     */
    record Start(String payload) implements UserInput {
    }

    /** The chat was opened: start a new conversation, or show again where an existing one waits. */
    record Open() implements UserInput {
    }

    /**
     * The chat was opened through a counselor's hand-off link that is valid: say who sent the user, keep the facts
     * the counselor already knows (slot values, such as {@code lender.name}) and open {@code flow}. {@code note}
     * may be null.
     */
    record Referral(String flow, Map<String, String> facts, String organisation, String note) implements UserInput {

        public Referral {
            facts = Map.copyOf(facts);
        }
    }

    /** The chat was opened through a hand-off link that is expired, used up, withdrawn or unknown. */
    record DeadLink() implements UserInput {
    }
}
