package org.anxin.counselor;

import java.time.Instant;

/**
 * A hand-off link as stored: which flow it opens, what the counselor already knows, a note to the borrower, until
 * when and how often it works. The token is random and says nothing about anyone.
 */
public record Handoff(String id, String token, String counselorId, String flow, String lenderName, String lenderType,
        String note, Instant createdAt, Instant expiresAt, Long maxUses, long uses, Instant revokedAt) {

    /** Why a link no longer works, or {@code null} while it does. */
    public String deadBecause(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (!now.isBefore(expiresAt)) {
            return "expired";
        }
        if (maxUses != null && uses >= maxUses) {
            return "used up";
        }
        return null;
    }

    /** What a counselor asks for; null fields are left out. */
    public record Request(String flow, String lenderName, String lenderType, String note, java.time.Duration expiry,
            Long maxUses) {
    }

    /** How far borrowers who opened the link got: counts only. */
    public record Funnel(long opened, long reachedLetter, long generatedLetter) {
    }
}
