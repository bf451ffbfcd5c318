package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.StartLinks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hand-off links on a real store: their tokens, what a link may carry, and when it stops working. */
@AnxinSpringTest
class HandoffsTest {

    @Autowired
    Handoffs handoffs;
    @Autowired
    Counselors counselors;
    @Autowired
    StartLinks links;

    private final Instant now = Instant.parse("2026-11-20T08:00:00Z");

    private String counselor() {
        return counselors.add("王老师", "深圳市法律援助中心").counselor().id();
    }

    private Handoff link(String counselor, Duration expiry, Long uses) {
        return handoffs.create(counselor, new Handoff.Request("complain", "微粒贷", "bank", null, expiry, uses), now);
    }

    @Test
    void tokensAreRandomUrlSafeAndShortEnoughForTelegramAndWechat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String token = Tokens.handoff();
            assertThat(token).matches(StartLinks.TOKEN.pattern()).hasSizeLessThanOrEqualTo(64);
            // Telegram's start payload and WeChat's scene (which must begin with a letter) accept exactly these.
            assertThat(token).matches("[A-Za-z][A-Za-z0-9_-]{0,63}");
            seen.add(token);
        }
        assertThat(seen).hasSize(2000);
        // 20 base64url characters carry 120 random bits.
        assertThat(Tokens.handoff().length() - 2).isEqualTo(20);
    }

    @Test
    void aLinkCountsOneUsePerConversationAndStopsWhenUsedUp() {
        Handoff h = link(counselor(), Duration.ofDays(30), 2L);

        assertThat(links.open(h.token(), "web:a", now)).hasValueSatisfying(r -> {
            assertThat(r.flow()).isEqualTo("complain");
            assertThat(r.organisation()).isEqualTo("深圳市法律援助中心");
            assertThat(r.facts()).containsEntry("lender.name", "微粒贷").containsEntry("lender.type", "bank");
        });
        assertThat(links.open(h.token(), "web:a", now.plusSeconds(5))).isPresent();
        assertThat(links.open(h.token(), "telegram:b", now)).isPresent();
        assertThat(links.open(h.token(), "wechat:c", now)).isEmpty();
        // Those who used it before can still come back through it.
        assertThat(links.open(h.token(), "web:a", now.plusSeconds(60))).isPresent();
        assertThat(handoffs.find(h.counselorId(), h.id()).orElseThrow().uses()).isEqualTo(2);
        assertThat(handoffs.funnel(h.id()).opened()).isEqualTo(2);
    }

    @Test
    void expiredRevokedAndUnknownLinksOpenNothing() {
        String counselor = counselor();
        Handoff expiring = link(counselor, Duration.ofDays(1), null);
        assertThat(links.open(expiring.token(), "web:x", now.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(links.open(expiring.token(), "web:x", now.plus(Duration.ofHours(23)))).isPresent();

        Handoff revoked = link(counselor, Duration.ofDays(30), null);
        assertThat(handoffs.revoke(counselor, revoked.id(), now)).isTrue();
        assertThat(links.open(revoked.token(), "web:y", now)).isEmpty();
        assertThat(handoffs.revoke(counselor(), revoked.id(), now)).as("someone else's link").isFalse();

        assertThat(links.open("h_AAAAAAAAAAAAAAAAAAAA", "web:z", now)).isEmpty();
    }

    @Test
    void aLinkMustOpenAFlowThatExistsAndCarryOnlySensibleFacts() {
        String counselor = counselor();
        assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request("nosuch", null, null, null, Duration.ofDays(1), null), now))
                .hasMessageContaining("no flow");
        // Flows no menu opens are no place to start: the consent notice, erasure, sharing, the lender question.
        for (String inner : java.util.List.of("consent", "erase", "handoff", "lender")) {
            assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request(inner, null, null, null, Duration.ofDays(1), null), now))
                    .hasMessageContaining("no flow named '" + inner + "' that a link can open");
        }
        for (String menu : java.util.List.of("start", "urgent", "situations", "court", "data")) {
            assertThat(handoffs.create(counselor, new Handoff.Request(menu, null, null, null, Duration.ofDays(1), null), now).flow())
                    .isEqualTo(menu);
        }
        assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request("complain", null, "shark", null, Duration.ofDays(1), null), now))
                .hasMessageContaining("lender type");
        assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request("complain", null, null, "x".repeat(301), Duration.ofDays(1), null), now))
                .hasMessageContaining("note");
        assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request("complain", null, null, null, Duration.ofDays(400), null), now))
                .hasMessageContaining("expiry");
        assertThatThrownBy(() -> handoffs.create(counselor, new Handoff.Request("complain", null, null, null, Duration.ofDays(1), 0L), now))
                .hasMessageContaining("uses");
        Handoff cleaned = handoffs.create(counselor, new Handoff.Request(" Negotiate ", "  招联\u0000消费\n金融 ", null, "", Duration.ofDays(1), null), now);
        assertThat(cleaned.flow()).isEqualTo("negotiate");
        assertThat(cleaned.lenderName()).isEqualTo("招联消费 金融");
        assertThat(cleaned.note()).isNull();
    }

    @Test
    void aCounselorsPasswordIsKeptOnlyAsAnAdaptiveHash() {
        Counselors.Created created = counselors.add("李", "消协");
        String hash = counselors.passwordHash(created.counselor().id()).orElseThrow();
        assertThat(hash).startsWith("$2a$12$").doesNotContain(created.password());
        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(20);
    }
}
