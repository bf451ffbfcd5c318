package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** On the embedded store a conversation's sending is claimed in memory, by the same rules as in the database. */
class DeliveryClaimsTest {

    private final DeliveryClaims claims = DeliveryClaims.local();
    private final Instant now = Instant.parse("2026-11-30T12:00:00Z");

    private DeliveryLease lease(String owner, Duration held) {
        return new DeliveryLease("telegram", "telegram:42", owner, now.plus(held));
    }

    @Test
    void aClaimHeldByOneSenderKeepsAnotherOutUntilItIsReleased() {
        assertThat(claims.claim(lease("loop", Duration.ofSeconds(60)), now)).isTrue();
        assertThat(claims.claim(lease("reply", Duration.ofSeconds(60)), now)).isFalse();
        assertThat(claims.claim(lease("loop", Duration.ofSeconds(60)), now)).as("its holder renews it").isTrue();

        claims.release(lease("reply", Duration.ZERO));
        assertThat(claims.claim(lease("reply", Duration.ofSeconds(60)), now)).as("only its holder lets it go").isFalse();
        claims.release(lease("loop", Duration.ZERO));
        assertThat(claims.claim(lease("reply", Duration.ofSeconds(60)), now)).isTrue();
    }

    @Test
    void aClaimNotRenewedRunsOutAndARenewedOneDoesNot() {
        claims.claim(lease("loop", Duration.ofSeconds(60)), now);
        claims.renew(lease("loop", Duration.ofSeconds(120)));
        assertThat(claims.claim(lease("other", Duration.ofSeconds(60)), now.plusSeconds(90))).isFalse();
        assertThat(claims.claim(lease("other", Duration.ofSeconds(60)), now.plusSeconds(121))).isTrue();
    }

    @Test
    void erasingAConversationDropsItsClaims() {
        claims.claim(lease("loop", Duration.ofSeconds(60)), now);
        claims.forget("telegram:42");
        assertThat(claims.claim(lease("other", Duration.ofSeconds(60)), now)).isTrue();
    }
}
