package org.anxin.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LetterLinksTest {

    private static final byte[] SECRET = "a secret of at least thirty-two bytes!".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    private static LetterLinks at(Instant now) {
        return new LetterLinks(SECRET, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLinkOpensItsLetterUntilItExpires() {
        String token = at(NOW).token("wechat:oUser1", "lender-complaint");
        assertThat(token).doesNotContain("oUser1");
        assertThat(at(NOW.plus(Duration.ofDays(6))).open(token))
                .hasValue(new LetterLinks.Target("wechat:oUser1", "lender-complaint"));
        assertThat(at(NOW.plus(Duration.ofDays(8))).open(token)).isEmpty();
    }

    @Test
    void aChangedOrForeignLinkOpensNothing() {
        String token = at(NOW).token("web:abc", "evidence-list");
        String otherPayload = at(NOW).token("web:xyz", "evidence-list");
        String spliced = otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(at(NOW).open(spliced)).isEmpty();
        LetterLinks otherKey = new LetterLinks("another secret of thirty-two bytes or more".getBytes(), Duration.ofDays(7),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.open(token)).isEmpty();
        assertThat(at(NOW).open("garbage")).isEmpty();
        assertThat(at(NOW).open("%%%.%%%")).isEmpty();
    }
}
