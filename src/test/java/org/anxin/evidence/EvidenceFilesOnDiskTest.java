package org.anxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.anxin.privacy.DataSealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files an earlier version kept on the node's disk are moved into the store at start-up: readable as before, then gone
 * from disk; a folder of a conversation the store does not know stays where it was.
 */
class EvidenceFilesOnDiskTest {

    private static final Instant STORED_ON_DISK = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    Path data;

    /** Opens only what was sealed for the same context, as the real sealer does (the context is not secret here). */
    private static final DataSealer SEALER = new DataSealer() {
        @Override
        public byte[] seal(byte[] plain, String context) {
            byte[] prefix = (context + "|").getBytes(StandardCharsets.UTF_8);
            byte[] out = Arrays.copyOf(prefix, prefix.length + plain.length);
            System.arraycopy(plain, 0, out, prefix.length, plain.length);
            return out;
        }

        @Override
        public byte[] open(byte[] sealed, String context) {
            byte[] prefix = (context + "|").getBytes(StandardCharsets.UTF_8);
            if (sealed.length < prefix.length || !Arrays.equals(prefix, Arrays.copyOf(sealed, prefix.length))) {
                throw new IllegalStateException("sealed for another context");
            }
            return Arrays.copyOfRange(sealed, prefix.length, sealed.length);
        }
    };

    @Test
    void filesOnDiskMoveIntoTheStoreAndLeaveTheDisk() throws Exception {
        JdbcTemplate jdbc = EvidenceFilesTest.sqlite(data);
        EvidenceFiles files = new EvidenceFiles(jdbc, SEALER, new EvidenceProperties(1000, 10),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        Path root = data.resolve("evidence");
        byte[] photo = "a photo of a threat".getBytes(StandardCharsets.UTF_8);
        String photoRef = onDisk(root, "telegram:42", photo);
        byte[] voice = "a recorded call".getBytes(StandardCharsets.UTF_8);
        String voiceRef = onDisk(root, "telegram:42", voice);
        Files.write(folderOf(root, "telegram:42").resolve("incoming123.part"), new byte[] {9});
        byte[] stranger = "nobody's".getBytes(StandardCharsets.UTF_8);
        String strangerRef = onDisk(root, "wechat:gone", stranger);

        EvidenceFilesOnDisk.Moved moved = EvidenceFilesOnDisk.move(root, files, () -> List.of("telegram:42", "web:other"));

        assertThat(moved).isEqualTo(new EvidenceFilesOnDisk.Moved(2, 1));
        assertThat(files.read("telegram:42", photoRef)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
        assertThat(files.read("telegram:42", voiceRef)).hasValueSatisfying(b -> assertThat(b).isEqualTo(voice));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) files.export("telegram:42").get("files");
        assertThat(exported).extracting(f -> f.get("stored")).containsOnly(STORED_ON_DISK.toString());
        assertThat(folderOf(root, "telegram:42")).as("moved, partial upload and all").doesNotExist();
        assertThat(folderOf(root, "wechat:gone").resolve(strangerRef)).exists();

        EvidenceFilesOnDisk.Moved again = EvidenceFilesOnDisk.move(root, files, () -> List.of("telegram:42", "wechat:gone"));

        assertThat(again).isEqualTo(new EvidenceFilesOnDisk.Moved(1, 0));
        assertThat(files.read("wechat:gone", strangerRef)).hasValueSatisfying(b -> assertThat(b).isEqualTo(stranger));
        assertThat(root).as("nothing is left on disk").doesNotExist();
        assertThat(files.count("telegram:42")).isEqualTo(2);
    }

    @Test
    void aFileAlreadyInTheStoreIsKeptOnceAndItsDiskCopyDeleted() throws Exception {
        JdbcTemplate jdbc = EvidenceFilesTest.sqlite(data);
        EvidenceFiles files = new EvidenceFiles(jdbc, SEALER, new EvidenceProperties(1000, 10),
                Clock.systemUTC());
        Path root = data.resolve("evidence");
        byte[] photo = {1, 2, 3};
        String ref = onDisk(root, "web:one", photo);
        // A start that stopped after storing the file and before deleting it from disk.
        files.keepSealed("web:one", ref, SEALER.seal(photo, "evidence:web:one:" + ref), STORED_ON_DISK);

        EvidenceFilesOnDisk.move(root, files, () -> List.of("web:one"));

        assertThat(files.count("web:one")).isEqualTo(1);
        assertThat(files.read("web:one", ref)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
        assertThat(root).doesNotExist();
    }

    @Test
    void withoutAFolderNothingHappens() {
        JdbcTemplate jdbc = EvidenceFilesTest.sqlite(data);
        EvidenceFiles files = new EvidenceFiles(jdbc, SEALER, new EvidenceProperties(1000, 10),
                Clock.systemUTC());

        assertThat(EvidenceFilesOnDisk.move(data.resolve("evidence"), files, () -> {
            throw new AssertionError("the store's conversations are not read without a folder");
        })).isEqualTo(new EvidenceFilesOnDisk.Moved(0, 0));
    }

    /** A file as the disk store of earlier versions kept it: sealed, under the hashed folder, named by its SHA-256. */
    private static String onDisk(Path root, String conversationId, byte[] content) throws Exception {
        String ref = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Path file = Files.createDirectories(root.resolve(folder(conversationId))).resolve(ref);
        Files.write(file, SEALER.seal(content, "evidence:" + conversationId + ":" + ref));
        Files.setLastModifiedTime(file, FileTime.from(STORED_ON_DISK));
        return ref;
    }

    /** The folder earlier versions named after the conversation: 32 hex digits of its id's SHA-256. */
    private static Path folderOf(Path root, String conversationId) throws Exception {
        return root.resolve(folder(conversationId));
    }

    private static String folder(String conversationId) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(conversationId.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }
}
