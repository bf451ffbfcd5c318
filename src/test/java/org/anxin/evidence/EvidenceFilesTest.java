package org.anxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Incident;
import org.anxin.privacy.DataSealer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The locker's files in the embedded store (SQLite, migrated as the app migrates it). */
class EvidenceFilesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T14:05:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T14:06:00Z");

    @TempDir
    Path folder;

    JdbcTemplate jdbc;

    /** Reverses the bytes, so the test sees that what is stored went through the sealer. */
    static final DataSealer REVERSING = new DataSealer() {
        @Override
        public byte[] seal(byte[] plain, String context) {
            return reverse(plain);
        }

        @Override
        public byte[] open(byte[] sealed, String context) {
            return reverse(sealed);
        }
    };

    @BeforeEach
    void store() {
        jdbc = sqlite(folder);
    }

    /** An embedded store in {@code folder}, with every migration the app runs on SQLite. */
    static JdbcTemplate sqlite(Path folder) {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:sqlite:" + folder.resolve("anxin.db"), true);
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/sqlite").load().migrate();
        return new JdbcTemplate(db);
    }

    private EvidenceFiles files(long maxBytes, int maxFiles) {
        return new EvidenceFiles(jdbc, REVERSING, new EvidenceProperties(maxBytes, maxFiles), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void keepsAFileSealedWithItsSizeAndSha256() throws Exception {
        EvidenceFiles files = files(1000, 10);
        byte[] content = "abc".getBytes(StandardCharsets.UTF_8);

        Incident.File kept = files.store("web:one", "../../截图 1.png", "image/PNG", new ByteArrayInputStream(content), RECEIVED);

        // SHA-256 of "abc", from FIPS 180-2.
        assertThat(kept.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.name()).isEqualTo("截图 1.png");
        assertThat(kept.type()).isEqualTo("image/png");
        assertThat(kept.received()).isEqualTo(RECEIVED);
        assertThat(files.read("web:one", kept.ref())).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
        List<String> stored = jdbc.queryForList("SELECT content FROM evidence_file", String.class);
        assertThat(stored).singleElement().satisfies(row -> assertThat(Base64.getDecoder().decode(row)).isEqualTo(reverse(content)));
        assertThat(files.read("web:two", kept.ref())).as("another conversation's file of the same bytes").isEmpty();
    }

    @Test
    void refusesAFileOverTheSizeLimitAndKeepsNothing() {
        EvidenceFiles files = files(10, 10);
        assertThatThrownBy(() -> files.store("web:one", "big.jpg", "image/jpeg", new ByteArrayInputStream(new byte[11]), RECEIVED))
                .isInstanceOf(EvidenceFiles.TooBig.class);
        assertThat(files.count("web:one")).isZero();
    }

    @Test
    void refusesMoreFilesThanTheLimitButTakesTheSameFileAgain() throws Exception {
        EvidenceFiles files = files(100, 2);
        files.store("web:one", "a", "text/plain", new ByteArrayInputStream(new byte[] {1}), RECEIVED);
        files.store("web:one", "b", "text/plain", new ByteArrayInputStream(new byte[] {2}), RECEIVED);
        files.store("web:one", "b again", "text/plain", new ByteArrayInputStream(new byte[] {2}), RECEIVED);
        assertThatThrownBy(() -> files.store("web:one", "c", "text/plain", new ByteArrayInputStream(new byte[] {3}), RECEIVED))
                .isInstanceOf(EvidenceFiles.TooMany.class);
        assertThat(files.count("web:one")).isEqualTo(2);
        assertThat(files.count("web:two")).isZero();
    }

    @Test
    void exportListsTheFilesAndEraseRemovesThemAllForThatConversationOnly() throws Exception {
        EvidenceFiles files = files(100, 10);
        Incident.File mine = files.store("web:one", "a", "text/plain", new ByteArrayInputStream(new byte[] {1}), RECEIVED);
        Incident.File theirs = files.store("web:two", "a", "text/plain", new ByteArrayInputStream(new byte[] {1}), RECEIVED);

        assertThat(files.name()).isEqualTo("evidence-files");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) files.export("web:one").get("files");
        assertThat(exported).singleElement().satisfies(f -> assertThat(f).containsEntry("sha256", mine.sha256())
                .containsEntry("stored", NOW.toString()).containsEntry("storedBytes", 1L));

        files.erase("web:one");

        assertThat(files.read("web:one", mine.ref())).isEmpty();
        assertThat(files.count("web:one")).isZero();
        assertThat(files.read("web:two", theirs.ref())).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE conversation_id = 'web:one'", Integer.class)).isZero();
    }

    @Test
    void aDeletedFileIsGoneAndNoLongerCounts() throws Exception {
        EvidenceFiles files = files(100, 1);
        Incident.File kept = files.store("web:one", "a", "text/plain", new ByteArrayInputStream(new byte[] {1}), RECEIVED);

        files.delete("web:one", kept.ref());

        assertThat(files.read("web:one", kept.ref())).isEmpty();
        files.store("web:one", "b", "text/plain", new ByteArrayInputStream(new byte[] {2}), RECEIVED);
        assertThat(files.count("web:one")).isEqualTo(1);
    }

    @Test
    void namesAndTypesAreCleanedAndRefsMustBeHashes() {
        assertThat(EvidenceFiles.cleanName("a\u0000b\u202e.png")).isEqualTo("ab.png");
        assertThat(EvidenceFiles.cleanName("   ")).isEqualTo("file");
        assertThat(EvidenceFiles.cleanType("<script>")).isEqualTo("application/octet-stream");
        assertThat(EvidenceFiles.cleanType("audio/ogg; codecs=opus")).isEqualTo("audio/ogg");
        assertThat(files(10, 10).read("web:one", "../../etc/passwd")).isEmpty();
    }

    static byte[] reverse(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
