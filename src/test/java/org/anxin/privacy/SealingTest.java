package org.anxin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingTest {

    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();

    @Test
    void sealedTextOpensAgainButShowsNothingOfWhatItHolds() {
        DataSealer sealer = new AesGcmSealer(KeyRing.of("k1", Map.of("k1", K1)));
        String sealed = sealer.sealText("我的手机 13812345678", "web:abc");

        assertThat(sealed).startsWith(DataSealer.TEXT_PREFIX).doesNotContain("13812345678").doesNotContain("手机");
        assertThat(sealer.openText(sealed, "web:abc")).isEqualTo("我的手机 13812345678");
        assertThat(sealer.sealText("same", "web:abc")).as("a fresh nonce each time").isNotEqualTo(sealer.sealText("same", "web:abc"));
    }

    @Test
    void sealedBytesMovedToAnotherConversationOrChangedDoNotOpen() {
        DataSealer sealer = new AesGcmSealer(KeyRing.of("k1", Map.of("k1", K1)));
        byte[] sealed = sealer.seal("secret".getBytes(StandardCharsets.UTF_8), "web:abc");

        assertThatThrownBy(() -> sealer.open(sealed, "web:other")).isInstanceOf(SealException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed, "web:abc")).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> sealer.open(new byte[] {9, 9}, "web:abc")).isInstanceOf(SealException.class);
    }

    @Test
    void afterRotationOldDataStillOpensAndNewDataUsesTheNewKey() {
        byte[] old = new AesGcmSealer(KeyRing.of("k1", Map.of("k1", K1))).seal(new byte[] {1, 2, 3}, "c");
        DataSealer rotated = new AesGcmSealer(KeyRing.of("k2", Map.of("k1", K1, "k2", K2)));
        byte[] fresh = rotated.seal(new byte[] {4}, "c");

        assertThat(rotated.open(old, "c")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> new AesGcmSealer(KeyRing.of("k1", Map.of("k1", K1))).open(fresh, "c"))
                .isInstanceOf(SealException.class).hasMessageContaining("k2");
    }

    @Test
    void textStoredBeforeSealingIsReadAsItIs() {
        DataSealer sealer = new AesGcmSealer(KeyRing.of("k1", Map.of("k1", K1)));
        assertThat(sealer.openText("{\"schema\":1}", "c")).isEqualTo("{\"schema\":1}");
    }

    @Test
    void aMissingKeyFileIsCreatedOwnerOnlyAndReusedAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/anxin.key");
        KeyRing first = KeyRing.fromFile(file);
        KeyRing again = KeyRing.fromFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        byte[] sealed = new AesGcmSealer(first).seal(new byte[] {7}, "c");
        assertThat(new AesGcmSealer(again).open(sealed, "c")).containsExactly(7);
    }

    @Test
    void badKeysAreRefusedAtStartWithAClearReason() {
        assertThatThrownBy(() -> KeyRing.of("k1", Map.of("k1", "c2hvcnQ="))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyRing.of("k1", Map.of("k1", "not base64!"))).hasMessageContaining("Base64");
        assertThatThrownBy(() -> KeyRing.of("k9", Map.of("k1", K1))).hasMessageContaining("k9");
        assertThatThrownBy(() -> KeyRing.of(null, Map.of("k1", K1, "k2", K2))).hasMessageContaining("active-key");
        assertThat(KeyRing.of(null, Map.of("k1", K1)).activeId()).as("the only key").isEqualTo("k1");
    }
}
