package org.anxin.letter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download links for letters that cannot be guessed and stop working after a while. A link carries the conversation,
 * the letter kind and when it expires, encrypted and authenticated with AES-GCM under a key derived from the link
 * secret: nothing is stored, the letter is rendered from the conversation's answers when the link is opened, and
 * the conversation id (which, on the web, lets its holder write in the chat) cannot be read from the link.
 */
public final class LetterLinks {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int NONCE_BYTES = 12;

    private final SecretKey key;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LetterLinks(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the link secret needs at least 32 bytes");
        }
        this.key = derive(secret);
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
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, payload);
        return ENCODE.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** The letter a token opens; empty when the token is forged, damaged or expired. */
    public Optional<Target> open(String token) {
        if (token.length() > 1000) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODE.decode(token);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            byte[] payload = crypt(Cipher.DECRYPT_MODE, nonce, sealed);
            if (payload == null) {
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

    /** Encrypts, or decrypts and authenticates (null when the token was not made with this key). */
    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException forged) {
            return null;
        } catch (GeneralSecurityException e) {
            if (mode == Cipher.DECRYPT_MODE) {
                return null;
            }
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A key for links only, derived from the configured secret, so the secret itself is never a cipher key. */
    private static SecretKey derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("anxin letter links v2".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
