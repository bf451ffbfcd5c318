package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the configuration as shipped, the console's session cookie travels only over HTTPS, out of reach of scripts
 * and of other sites' requests. The cookie is carried by hand: Java's CookieManager would not send a Secure cookie
 * back over the plain HTTP of this test.
 */
@ConsoleSpringTest
class ConsoleCookieTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsSecureHttpOnlyAndStrictByDefault() throws Exception {
        Counselors.Created me = counselors.add("王老师", "深圳市法律援助中心");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/counselor/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
        String session = session(page.headers().allValues("Set-Cookie"));

        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&id="
                + URLEncoder.encode(me.counselor().id(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(me.password(), StandardCharsets.UTF_8);
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/counselor/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
        // The signed-in session gets a new id, and its cookie keeps every protection.
        assertThat(in.headers().allValues("Set-Cookie")).singleElement().satisfies(c -> {
            assertThat(c.split(";", 2)[0]).startsWith("SESSION=").isNotEqualTo(session);
            assertThat(c.split(";\\s*")).contains("Secure", "HttpOnly", "SameSite=Strict");
        });
    }

    /** The "name=value" part of the session cookie set with the sign-in page, checked for the same protections. */
    private static String session(List<String> setCookies) {
        assertThat(setCookies).singleElement().satisfies(c -> assertThat(c.split(";\\s*"))
                .contains("Secure", "HttpOnly", "SameSite=Strict"));
        return setCookies.get(0).split(";", 2)[0];
    }
}
