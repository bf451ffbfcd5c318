package org.anxin.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM from the JDK. The sealed form is: a format byte, the key id (length-prefixed), a fresh 12-byte nonce,
 * then the ciphertext with its tag. The context is authenticated too, so bytes copied to another conversation or
 * file do not open there.
 */
final class AesGcmSealer implements DataSealer {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    AesGcmSealer(KeyRing keys) {
        this.keys = keys;
    }

    @Override
    public byte[] seal(byte[] plain, String context) {
        byte[] id = keys.activeId().getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.active(), nonce, context, plain);
        return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                .put(FORMAT).put((byte) id.length).put(id).put(nonce).put(sealed).array();
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        if (sealed.length < 2 + NONCE_BYTES || in.get() != FORMAT) {
            throw new SealException("not sealed data");
        }
        byte[] id = new byte[in.get() & 0xff];
        if (in.remaining() < id.length + NONCE_BYTES) {
            throw new SealException("sealed data is cut short");
        }
        in.get(id);
        String keyId = new String(id, StandardCharsets.UTF_8);
        SecretKey key = keys.keys().get(keyId);
        if (key == null) {
            throw new SealException("sealed with key '" + keyId + "', which is not configured");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        return run(Cipher.DECRYPT_MODE, key, nonce, context, body);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SealException(mode == Cipher.DECRYPT_MODE ? "sealed data does not open with its key and context"
                    : "cannot seal: " + e.getMessage());
        }
    }
}
