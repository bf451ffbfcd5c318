package org.anxin.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys by id: one active key seals, every listed key opens, so a key can be rotated by adding a new one and
 * making it active while older data still opens. Keys come from configuration ({@code anxin.privacy.keys}); on the
 * embedded default, with none configured, a key file is created on first run, readable by its owner only.
 */
public record KeyRing(String activeId, Map<String, SecretKey> keys) {

    static final int KEY_BYTES = 32;

    public KeyRing {
        keys = Map.copyOf(keys);
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("the active data key '" + activeId + "' is not among the keys " + keys.keySet());
        }
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    /** Keys given in configuration: id to Base64 of 32 random bytes. */
    public static KeyRing of(String activeId, Map<String, String> base64Keys) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        base64Keys.forEach((id, text) -> keys.put(id, key(id, text)));
        if (activeId == null || activeId.isBlank()) {
            if (keys.size() != 1) {
                throw new IllegalArgumentException("say which data key seals new data (anxin.privacy.active-key, or active="
                        + " in the key file); the keys are " + keys.keySet());
            }
            activeId = keys.keySet().iterator().next();
        }
        return new KeyRing(activeId, keys);
    }

    /**
     * The key file at {@code file}, created with one new key if it does not exist yet. Its lines are
     * {@code active=<id>} and {@code <id>=<Base64 key>}.
     */
    public static KeyRing fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties lines = new Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                lines.load(reader);
            }
            String active = lines.getProperty("active");
            Map<String, String> keys = new LinkedHashMap<>();
            lines.stringPropertyNames().stream().filter(n -> !n.equals("active")).sorted()
                    .forEach(n -> keys.put(n, lines.getProperty(n)));
            return of(active, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the data key file " + file.toAbsolutePath(), e);
        }
    }

    /** A new random key in the form the configuration and the key file take. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void create(Path file) throws IOException {
        PrivateFolder.create(file.toAbsolutePath().getParent());
        String text = "# Anxin data key: keep it secret and back it up; without it the stored conversations cannot be read.\n"
                + "active=k1\nk1=" + newKey() + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data key '" + id + "' is not Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("data key '" + id + "' must be " + KEY_BYTES + " bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
