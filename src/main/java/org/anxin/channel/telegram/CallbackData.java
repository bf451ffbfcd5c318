package org.anxin.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.dialog.UserInput;

/**
 * What a button carries back: the position its question was asked at and the choice's key, as
 * {@code 1|key|position} in at most 64 bytes (Telegram's limit). The engine compares the position with where the
 * conversation waits, so a stale button gets its kind "earlier question" answer; data that does not parse at all
 * (forged) never reaches the engine.
 */
final class CallbackData {

    static final int MAX_BYTES = 64;
    private static final String VERSION = "1";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,16}");
    private static final Pattern POSITION = Pattern.compile("[A-Za-z0-9_.:-]{1,60}");

    private CallbackData() {
    }

    /** The data for a button, or empty when the key or position cannot be carried in 64 bytes. */
    static Optional<String> encode(String position, String key) {
        if (position == null || key == null || !KEY.matcher(key).matches() || !POSITION.matcher(position).matches()) {
            return Optional.empty();
        }
        String data = VERSION + "|" + key + "|" + position;
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    static Optional<UserInput.Pick> parse(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split("\\|", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !KEY.matcher(parts[1]).matches()
                || !POSITION.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new UserInput.Pick(parts[2], parts[1]));
    }
}
