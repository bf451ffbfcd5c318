package org.anxin.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seals bytes before they are written anywhere (store rows, files) and opens them when read. {@code context}
 * names what the bytes are (a conversation id, a file name) and is bound to the sealed form, so that sealed bytes
 * moved to another place do not open there.
 */
public interface DataSealer {

    /** Marks text columns written sealed; text without it was stored before sealing and is read as it is. */
    String TEXT_PREFIX = "sealed:";

    byte[] seal(byte[] plain, String context);

    /** @throws SealException when the bytes are damaged, belong to another context, or their key is unknown */
    byte[] open(byte[] sealed, String context);

    /** Seals text for a text column. */
    default String sealText(String plain, String context) {
        return TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8), context));
    }

    /** Opens a text column written by {@link #sealText}; text stored before sealing comes back unchanged. */
    default String openText(String stored, String context) {
        if (!stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()));
        return new String(open(sealed, context), StandardCharsets.UTF_8);
    }
}
