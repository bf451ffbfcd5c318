package org.anxin.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.dialog.UserInput;

/**
 * Links made for one user by someone else (a counselor's hand-off), opened as {@code /start <token>} on any channel.
 * Tokens have a shape no flow name has, so {@code /start negotiate} never reaches the store.
 */
public interface StartLinks {

    /** {@code h_} and 20 URL-safe characters (120 random bits): fits Telegram's and WeChat's 64-character payloads. */
    Pattern TOKEN = Pattern.compile("h_[A-Za-z0-9_-]{20}");

    /**
     * What opening the link means for this conversation: a referral when the link is valid (its use counted once
     * per conversation), empty when it is expired, used up, withdrawn or unknown.
     */
    Optional<UserInput.Referral> open(String token, String conversationId, Instant at);
}
