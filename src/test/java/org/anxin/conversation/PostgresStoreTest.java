package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.anxin.AnxinSpringTest;
import org.anxin.TestDatabase;
import org.anxin.dialog.UserInput;
import org.anxin.privacy.KeyRing;
import org.junit.jupiter.api.AfterAll;
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

    private static TestDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = TestDatabase.create();
        registry.add("anxin.store.url", database::url);
        registry.add("anxin.store.username", () -> "postgres");
        registry.add("anxin.store.password", () -> "");
        // A shared store wants what every node must agree on from configuration, not from one node's disk.
        registry.add("anxin.privacy.keys.k1", KeyRing::newKey);
        registry.add("anxin.letters.link-secret", () -> "a-link-secret-for-every-node-" + database.name());
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
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
