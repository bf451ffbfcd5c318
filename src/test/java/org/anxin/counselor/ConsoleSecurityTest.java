package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The console's doors over real HTTP: sign-in, throttling, CSRF, sessions, and the rest of the app left open. */
@ConsoleSpringTest
class ConsoleSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Environment environment;
    @Autowired
    CounselorProperties settings;

    private ConsoleClient browser() {
        return new ConsoleClient(port);
    }

    @Test
    void theConsoleAsksToSignInAndOpensOnlyWithTheRightPassword() throws Exception {
        Counselors.Created me = counselors.add("王老师", "深圳市法律援助中心");
        ConsoleClient client = browser();
        assertThat(client.get("/counselor").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login"));

        assertThat(client.signIn(me.counselor().id(), "wrong").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/counselor/login?error"));
        HttpResponse<String> in = client.signIn(me.counselor().id(), me.password());
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Strict"));
        HttpResponse<String> console = client.get("/counselor");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("王老师 · 深圳市法律援助中心", "新建转介链接", "New hand-off link");
    }

    @Test
    void aDisabledAccountCannotSignInItsSessionEndsAndItsLinksAreWithdrawn() throws Exception {
        Counselors.Created me = counselors.add("钱", "法律援助");
        Handoff link = handoffs.create(me.counselor().id(), new Handoff.Request("complain", null, null, null,
                Duration.ofDays(7), null), Instant.now());
        ConsoleClient signedIn = browser();
        signedIn.signIn(me.counselor().id(), me.password());
        assertThat(signedIn.get("/counselor").statusCode()).isEqualTo(200);

        counselors.disable(me.counselor().id(), Instant.now());
        assertThat(signedIn.get("/counselor").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login"));
        // The right password now fails exactly as a wrong one does.
        assertThat(browser().signIn(me.counselor().id(), me.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login?error"));
        assertThat(handoffs.find(me.counselor().id(), link.id()).orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void aResetPasswordSignsInTheOldOneNoLongerDoesAndOldSessionsEnd() throws Exception {
        Counselors.Created me = counselors.add("吴", "消协");
        ConsoleClient before = browser();
        before.signIn(me.counselor().id(), me.password());
        assertThat(before.get("/counselor").statusCode()).isEqualTo(200);

        Counselors.Created reset = counselors.resetPassword(me.counselor().id());
        assertThat(reset.password()).isNotEqualTo(me.password());
        assertThat(before.get("/counselor").statusCode()).isEqualTo(302);
        assertThat(browser().signIn(me.counselor().id(), me.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login?error"));
        ConsoleClient after = browser();
        assertThat(after.signIn(me.counselor().id(), reset.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
        assertThat(after.get("/counselor").body()).contains("吴 · 消协");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        Counselors.Created me = counselors.add("李", "消协");
        ConsoleClient client = browser();
        assertThat(client.form("/counselor/login", "id", me.counselor().id(), "password", me.password()).statusCode()).isEqualTo(403);
        client.signIn(me.counselor().id(), me.password());
        assertThat(client.form("/counselor/handoffs", "flow", "complain").statusCode()).isEqualTo(403);
        assertThat(handoffs.list(me.counselor().id())).isEmpty();

        HttpResponse<String> made = client.form("/counselor/handoffs", "_csrf", client.csrf("/counselor"), "flow", "complain",
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
        ConsoleClient client = browser();
        for (int i = 0; i < settings.accountFailures(); i++) {
            client.signIn(me.counselor().id(), "guess-" + i);
        }
        assertThat(client.signIn(me.counselor().id(), me.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor/login?paused"));
        assertThat(client.get("/counselor").statusCode()).isEqualTo(302);
        assertThat(client.get("/counselor/login?paused").body()).contains("登录失败次数太多");
        // Another account is not paused by someone guessing this one.
        Counselors.Created other = counselors.add("赵", "法律援助");
        assertThat(browser().signIn(other.counselor().id(), other.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
    }

    @Test
    void aCounselorSeesOnlyTheirOwnLinksAndQrCodes() throws Exception {
        Counselors.Created me = counselors.add("孙", "中心甲");
        Counselors.Created other = counselors.add("周", "中心乙");
        Handoff theirs = handoffs.create(other.counselor().id(), new Handoff.Request("negotiate", null, null, null,
                Duration.ofDays(1), null), Instant.now());
        ConsoleClient client = browser();
        client.signIn(me.counselor().id(), me.password());
        assertThat(client.get("/counselor").body()).doesNotContain(theirs.token());
        assertThat(client.get("/counselor/handoffs/" + theirs.id() + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(client.form("/counselor/handoffs/" + theirs.id() + "/revoke", "_csrf", client.csrf("/counselor")).statusCode()).isEqualTo(302);
        assertThat(handoffs.find(other.counselor().id(), theirs.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void sessionsExpireAndTheRestOfTheAppKeepsNoSessionAndNeedsNoToken() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        ConsoleClient client = browser();
        HttpResponse<String> chat = client.post("/api/web/conversations", "{}");
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        // Health is open to all; it says UP once the language model has loaded in the background.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .until(() -> client.get("/actuator/health").statusCode() == 200);
    }
}
