package org.anxin.letter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download links for letters that cannot be guessed and stop working after a while. A link names the conversation
 * and the letter kind and when it expires, signed with HMAC-SHA256; nothing is stored, and the letter is rendered
 * from the conversation's answers when the link is opened. The conversation id never appears in the clear.
 */
public final class LetterLinks {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public LetterLinks(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the link secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** What a valid link opens. */
    public record Target(String conversationId, String kind) {
    }

    /** A token for this conversation's letter of this kind, valid for the configured lifetime. */
    public String token(String conversationId, String kind) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        byte[] payload = (conversationId + "\n" + kind + "\n" + expires).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(sign(payload));
    }

    /** The letter a token opens; empty when the token is forged, damaged or expired. */
    public Optional<Target> open(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 1000) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, dot));
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n");
            if (parts.length != 3 || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Target(parts[0], parts[1]));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
