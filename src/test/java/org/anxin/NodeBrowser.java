package org.anxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One browser for the counselors' console of whichever running node it is pointed at: its cookies go to every node (all
 * are localhost, as behind one address), redirects are not followed, so each answer can be checked. The nodes run
 * with {@code server.servlet.session.cookie.secure=false}, as Java's cookie manager sends no Secure cookie over HTTP.
 */
public final class NodeBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address(node) + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> form(ConfigurableApplicationContext node, String path, String... pairs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(address(node) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on {@code page}. */
    public String csrf(ConfigurableApplicationContext node, String page) throws Exception {
        Matcher m = CSRF.matcher(get(node, page).body());
        assertThat(m.find()).as("a CSRF token on " + page).isTrue();
        return m.group(1);
    }

    public HttpResponse<String> signIn(ConfigurableApplicationContext node, String id, String password) throws Exception {
        return form(node, "/counselor/login", "_csrf", csrf(node, "/counselor/login"), "id", id, "password", password);
    }

    private static String address(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }
}
