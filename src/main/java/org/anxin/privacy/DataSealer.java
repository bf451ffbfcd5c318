package org.anxin.privacy;

/**
 * Seals bytes before they are written anywhere (store rows, files) and opens them when read. {@code context}
 * names what the bytes are (a conversation id, a file name) and is bound to the sealed form, so that sealed bytes
 * moved to another place do not open there.
 */
public interface DataSealer {

    byte[] seal(byte[] plain, String context);

    byte[] open(byte[] sealed, String context);
}
