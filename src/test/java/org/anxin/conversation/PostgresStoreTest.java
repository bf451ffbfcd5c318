package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.anxin.AnxinSpringTest;
import org.anxin.dialog.UserInput;
import org.anxin.privacy.KeyRing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same store on PostgreSQL, as several nodes would share it: every migration runs there, a turn is kept sealed,
 * and erasing leaves nothing. Runs against the local server in a database of its own, dropped afterwards.
 */
@AnxinSpringTest
@Tag("postgres")
class PostgresStoreTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "anxin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL is not running on 127.0.0.1:5432: " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL is not running on 127.0.0.1:5432");
        }
        registry.add("anxin.store.url", () -> SERVER + DATABASE);
        registry.add("anxin.store.username", () -> "postgres");
        registry.add("anxin.store.password", () -> "");
        // A shared store wants what every node must agree on from configuration, not from one node's disk.
        registry.add("anxin.privacy.keys.k1", KeyRing::newKey);
        registry.add("anxin.letters.link-secret", () -> "a-link-secret-for-every-node-" + DATABASE);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException e) {
            // Nothing was created.
        }
    }

    @Autowired
    TurnService turns;
    @Autowired
    ConversationStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConversationIsKeptSealedOnPostgresAndErasedCompletely() {
        turn("m1", "/start negotiate");
        turn("m2", "1");
        TurnResult owed = turn("m3", "35000");

        assertThat(owed.position()).isNotEqualTo("negotiate:owed");
        assertThat(store.load("test:pg").orElseThrow().state().slots()).containsEntry("plan.owed", "35000");
        String row = jdbc.queryForObject("SELECT state FROM conversation WHERE id = ?", String.class, "test:pg");
        assertThat(row).startsWith("sealed:").doesNotContain("35000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handoff", Integer.class)).as("every migration ran").isZero();
        assertThat(turn("m3", "35000").replies()).as("a repeated message is answered as before").isEqualTo(owed.replies());

        turns.erase("test:pg");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processed_message", Integer.class)).isZero();
    }

    private TurnResult turn(String messageId, String text) {
        return turns.handle(new Inbound("test", "pg", messageId, new UserInput.Text(text), Instant.now(), "zh-CN"));
    }
}
