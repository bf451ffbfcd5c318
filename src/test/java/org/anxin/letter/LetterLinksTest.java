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
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(token).doesNotContain("oUser1");
        assertThat(decoded).as("the conversation cannot be read from the link").doesNotContain("oUser1", "wechat", "lender");
        assertThat(at(NOW.plus(Duration.ofDays(6))).open(token))
                .hasValue(new LetterLinks.Target("wechat:oUser1", "lender-complaint"));
        assertThat(at(NOW.plus(Duration.ofDays(8))).open(token)).isEmpty();
    }

    @Test
    void aChangedOrForeignLinkOpensNothing() {
        String token = at(NOW).token("web:abc", "evidence-list");
        String otherPayload = at(NOW).token("web:xyz", "evidence-list");
        String spliced = otherPayload.substring(0, 20) + token.substring(20);
        assertThat(at(NOW).open(spliced)).isEmpty();
        char last = token.charAt(token.length() - 2);
        String flipped = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThat(at(NOW).open(flipped)).isEmpty();
        LetterLinks otherKey = new LetterLinks("another secret of thirty-two bytes or more".getBytes(), Duration.ofDays(7),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.open(token)).isEmpty();
        assertThat(at(NOW).open("garbage")).isEmpty();
        assertThat(at(NOW).open("%%%.%%%")).isEmpty();
    }
}
