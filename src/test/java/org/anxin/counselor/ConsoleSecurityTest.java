package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.TestDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The console's doors over real HTTP: sign-in, throttling, CSRF, sessions, and the rest of the app left open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anxin.counselor.account-failures=3", "anxin.counselor.password-cost=4"})
class ConsoleSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TestDataDir.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Environment environment;

    /** A browser of its own: cookies kept, redirects not followed, so each answer can be checked. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(HttpClient client, String path, String... pairs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(HttpClient client, String page) throws Exception {
        Matcher m = CSRF.matcher(get(client, page).body());
        assertThat(m.find()).as("a CSRF token on " + page).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> signIn(HttpClient client, String id, String password) throws Exception {
        return form(client, "/counselor/login", "_csrf", csrf(client, "/counselor/login"), "id", id, "password", password);
    }

    @Test
    void theConsoleAsksToSignInAndOpensOnlyWithTheRightPassword() throws Exception {
        Counselors.Created me = counselors.add("王老师", "深圳市法律援助中心");
        HttpClient client = browser();
        assertThat(get(client, "/counselor").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login"));

        assertThat(signIn(client, me.counselor().id(), "wrong").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/counselor/login?error"));
        HttpResponse<String> in = signIn(client, me.counselor().id(), me.password());
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Strict"));
        HttpResponse<String> console = get(client, "/counselor");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("王老师 · 深圳市法律援助中心", "新建转介链接", "New hand-off link");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        Counselors.Created me = counselors.add("李", "消协");
        HttpClient client = browser();
        assertThat(form(client, "/counselor/login", "id", me.counselor().id(), "password", me.password()).statusCode()).isEqualTo(403);
        signIn(client, me.counselor().id(), me.password());
        assertThat(form(client, "/counselor/handoffs", "flow", "complain").statusCode()).isEqualTo(403);
        assertThat(handoffs.list(me.counselor().id())).isEmpty();

        HttpResponse<String> made = form(client, "/counselor/handoffs", "_csrf", csrf(client, "/counselor"), "flow", "complain",
                "lender", "微粒贷", "days", "7");
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(handoffs.list(me.counselor().id())).singleElement().satisfies(h -> {
            assertThat(h.lenderName()).isEqualTo("微粒贷");
            assertThat(Duration.between(h.createdAt(), h.expiresAt())).isEqualTo(Duration.ofDays(7));
        });
    }

    @Test
    void repeatedFailuresPauseTheAccountEvenForTheRightPassword() throws Exception {
        Counselors.Created me = counselors.add("张", "法律援助");
        HttpClient client = browser();
        for (int i = 0; i < 3; i++) {
            signIn(client, me.counselor().id(), "guess-" + i);
        }
        assertThat(signIn(client, me.counselor().id(), me.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login?paused"));
        assertThat(get(client, "/counselor").statusCode()).isEqualTo(302);
        assertThat(get(client, "/counselor/login?paused").body()).contains("登录失败次数太多");
        // Another account is not paused by someone guessing this one.
        Counselors.Created other = counselors.add("赵", "法律援助");
        assertThat(signIn(browser(), other.counselor().id(), other.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
    }

    @Test
    void aCounselorSeesOnlyTheirOwnLinksAndQrCodes() throws Exception {
        Counselors.Created me = counselors.add("孙", "中心甲");
        Counselors.Created other = counselors.add("周", "中心乙");
        Handoff theirs = handoffs.create(other.counselor().id(), new Handoff.Request("negotiate", null, null, null,
                Duration.ofDays(1), null), Instant.now());
        HttpClient client = browser();
        signIn(client, me.counselor().id(), me.password());
        assertThat(get(client, "/counselor").body()).doesNotContain(theirs.token());
        assertThat(get(client, "/counselor/handoffs/" + theirs.id() + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(form(client, "/counselor/handoffs/" + theirs.id() + "/revoke", "_csrf", csrf(client, "/counselor")).statusCode()).isEqualTo(302);
        assertThat(handoffs.find(other.counselor().id(), theirs.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void sessionsExpireAndTheRestOfTheAppKeepsNoSessionAndNeedsNoToken() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        HttpClient client = browser();
        HttpResponse<String> chat = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get(client, "/").statusCode()).isEqualTo(200);
        assertThat(get(client, "/actuator/health").statusCode()).isEqualTo(200);
    }
}
