package org.anxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.anxin.counselor.Counselors;
import org.anxin.dialog.Incident;
import org.anxin.evidence.EvidenceFiles;
import org.anxin.mydata.PersonalData;
import org.anxin.privacy.KeyRing;
import org.anxin.security.ChatRateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database, as behind a load balancer: whatever one node counts, signs in, keeps or
 * erases, the other sees. Runs against the local server in a database of its own, dropped afterwards; each node has
 * a data folder of its own, so nothing is shared through the disk.
 */
@ProcessWide
@Tag("postgres")
@ExtendWith(OutputCaptureExtension.class)
class SharedStoreTest {

    private static TestDatabase database;
    private static final String LINK_SECRET = "shared-link-secret-" + UUID.randomUUID();
    private static final String DATA_KEY = KeyRing.newKey();

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoNodes() {
        database = TestDatabase.create();
        a = node(Map.of());
        b = node(Map.of());
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    /** A node as an operator would start it for a shared store, with {@code changes} (a value of null leaves it out). */
    private static ConfigurableApplicationContext node(Map<String, String> changes) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("anxin.data-dir", TestFolders.newFolder("node-").toString());
        settings.put("anxin.store.url", database.url());
        settings.put("anxin.store.username", "postgres");
        settings.put("anxin.store.password", "");
        settings.put("anxin.letters.link-secret", LINK_SECRET);
        settings.put("anxin.privacy.keys.k1", DATA_KEY);
        settings.put("anxin.limits.chat-per-minute", "1");
        settings.put("anxin.limits.chat-burst", "3");
        settings.put("anxin.counselor.account-failures", "2");
        settings.put("anxin.counselor.password-cost", "4");
        // Plain HTTP here: the cookie's Secure flag is ConsoleCookieTest's concern.
        settings.put("server.servlet.session.cookie.secure", "false");
        changes.forEach((k, v) -> {
            if (v == null) {
                settings.remove(k);
            } else {
                settings.put(k, v);
            }
        });
        // As arguments, so they come before application.yaml, as an operator's environment would.
        return new SpringApplicationBuilder(AnxinApplication.class)
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @Test
    void aChatsBudgetIsOneBudgetOnEveryNode() {
        ChatRateLimit onA = a.getBean(ChatRateLimit.class);
        ChatRateLimit onB = b.getBean(ChatRateLimit.class);

        assertThat(onA.test("web:budget")).isTrue();
        assertThat(onB.test("web:budget")).isTrue();
        assertThat(onA.test("web:budget")).isTrue();

        assertThat(onB.test("web:budget")).as("the burst of 3 is spent, whichever node took it").isFalse();
        assertThat(onA.test("web:budget")).isFalse();
        assertThat(onB.test("web:someone-else")).as("another chat has a budget of its own").isTrue();
        assertThat(a.getBean(JdbcTemplate.class).queryForList("SELECT id FROM rate_limit_bucket", String.class))
                .as("buckets are named by the limit and a hash, never the chat's id")
                .allSatisfy(id -> assertThat(id).doesNotContain("budget", "someone-else"));
    }

    @Test
    void failedSignInsOnOneNodePauseTheAccountOnTheOther() throws Exception {
        Counselor me = counselor(a, "张");
        NodeBrowser browser = new NodeBrowser();
        browser.signIn(a, me.id(), "guess-1");
        browser.signIn(b, me.id(), "guess-2");

        HttpResponse<String> paused = new NodeBrowser().signIn(a, me.id(), me.password());

        assertThat(paused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login?paused"));
    }

    @Test
    void aCounselorSignedInOnOneNodeIsSignedInOnTheOtherUntilSigningOut() throws Exception {
        Counselor me = counselor(a, "王老师");
        NodeBrowser browser = new NodeBrowser();
        assertThat(browser.get(b, "/counselor").statusCode()).as("not signed in yet").isEqualTo(302);

        HttpResponse<String> in = browser.signIn(a, me.id(), me.password());
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));

        HttpResponse<String> onB = browser.get(b, "/counselor");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("王老师 · 深圳市法律援助中心");
        assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                "SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class, me.id()))
                .as("30 idle minutes, as configured").isEqualTo(1800);

        browser.form(b, "/counselor/logout", "_csrf", browser.csrf(b, "/counselor"));

        assertThat(browser.get(a, "/counselor").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login"));
    }

    @Test
    void anEvidenceFileKeptThroughOneNodeIsServedByTheOtherAndErasedForBoth() throws Exception {
        byte[] photo = "a screenshot of a threat".getBytes(StandardCharsets.UTF_8);
        Incident.File kept = a.getBean(EvidenceFiles.class).store("telegram:shared-evidence", "threat.png", "image/png",
                new ByteArrayInputStream(photo), Instant.now());

        assertThat(b.getBean(EvidenceFiles.class).read("telegram:shared-evidence", kept.ref()))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(photo));
        String row = a.getBean(JdbcTemplate.class).queryForObject(
                "SELECT content FROM evidence_file WHERE conversation_id = ?", String.class, "telegram:shared-evidence");
        assertThat(new String(java.util.Base64.getDecoder().decode(row), StandardCharsets.ISO_8859_1))
                .as("sealed").doesNotContain("screenshot");

        b.getBean(PersonalData.class).eraseAll("telegram:shared-evidence");

        assertThat(a.getBean(EvidenceFiles.class).read("telegram:shared-evidence", kept.ref())).isEmpty();
        assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM evidence_file WHERE conversation_id = ?", Integer.class, "telegram:shared-evidence"))
                .isZero();
    }

    @Test
    void aNodeOnTheSharedStoreRefusesToStartWithoutTheLinkSecretOrTheDataKeys(CapturedOutput output) {
        assertThat(catchThrowable(() -> node(Map.of("anxin.letters.link-secret", "")))).isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "anxin.letters.link-secret",
                "ANXIN_LETTERS_LINK_SECRET", "every node");

        Map<String, String> withoutKeys = new HashMap<>();
        withoutKeys.put("anxin.privacy.keys.k1", null);
        assertThat(catchThrowable(() -> node(withoutKeys))).isNotNull();
        assertThat(output.getAll()).contains("anxin.privacy.keys", "ANXIN_PRIVACY_KEYS_K1");
    }

    private record Counselor(String id, String password) {
    }

    private static Counselor counselor(ConfigurableApplicationContext node, String name) {
        Counselors.Created created = node.getBean(Counselors.class).add(name, "深圳市法律援助中心");
        return new Counselor(created.counselor().id(), created.password());
    }
}
