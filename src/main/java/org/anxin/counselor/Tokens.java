package org.anxin.counselor;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, URL-safe identifiers: hand-off tokens, record ids and counselors' passwords. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** {@code h_} and 120 random bits in 20 URL-safe characters: fits Telegram's and WeChat's 64-character payloads. */
    static String handoff() {
        return "h_" + random(15);
    }

    static String id() {
        return random(12);
    }

    static String password() {
        return random(15);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
