package org.anxin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app for a test, on a random port, with an empty data folder of its own ({@link TestDataDir}), and
 * otherwise configured as shipped. Spring reuses a context for every test class whose configuration is the same, so a
 * class with this annotation alone starts nothing new. A class that needs something else says only that, with
 * {@code @TestPropertySource} (several classes with the same properties share a context too), and gets a context
 * of its own; so does a {@code @DynamicPropertySource} method, a {@code @MockitoBean} or a nested
 * {@code @TestConfiguration}. {@code @DirtiesContext} closes the context after the class: only for a context nobody
 * shares whose background work must stop.
 *
 * <p>Tests that share a context share its store, its caches and its limits: each test talks in conversations (and
 * signs in with counselor accounts) of its own, and asserts only on those. A class that
 * may run beside the others (it reads and writes nothing all of them share, such as the log or the metrics' totals)
 * takes this annotation; the rest take {@link AnxinSpringTest}, which runs them one at a time. The per-chat rate limit is raised so that
 * a test can talk quickly; {@code WebProtectionTest} checks the limits with small ones of its own. The metrics
 * endpoint has a token, so that tests can read what a scrape shows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anxin.limits.chat-burst=1000", "anxin.metrics.token=" + AnxinServer.METRICS_TOKEN})
@ContextConfiguration(initializers = TestDataDir.class)
public @interface AnxinServer {

    /**
     * A lock for the classes beside each other on the shared server that talk in its web chat, and the one that counts
     * all its web chat's turns: they never run at once.
     */
    String WEB_TURN_TOTALS = "org.anxin.web-turn-totals";

    /** The bearer token of {@code /actuator/prometheus} in every test context (unset, every scrape is refused). */
    String METRICS_TOKEN = "test-scrape-token-0123456789abcdefghij";
}
