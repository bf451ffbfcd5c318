package org.anxin.counselor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating, listing, withdrawing and opening hand-off links, and their funnels. */
public final class Handoffs {

    /** The lender types the flows know (dialogs/knowledge/lenders.yaml), in the order the lender question lists them. */
    static final List<String> LENDER_TYPES = List.of("bank", "consumer_finance", "microloan", "facilitation", "agency", "unknown");
    static final int MAX_LENDER = 60;
    static final int MAX_NOTE = 300;
    static final Duration MAX_EXPIRY = Duration.ofDays(365);
    static final long MAX_USES = 100_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Supplier<List<String>> startFlows;

    /** {@code startFlows}: the flows a link may open ({@link StartFlows}), read when a link is made. */
    Handoffs(JdbcClient jdbc, TransactionTemplate transactions, Supplier<List<String>> startFlows) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.startFlows = startFlows;
    }

    /** Checks the request (the message says what is wrong) and stores a new link for this counselor. */
    public Handoff create(String counselorId, Handoff.Request request, Instant now) {
        String flow = request.flow() == null ? "" : request.flow().strip().toLowerCase(java.util.Locale.ROOT);
        List<String> startable = startFlows.get();
        if (!startable.contains(flow)) {
            throw new IllegalArgumentException("no flow named '" + Inputs.optional(request.flow(), 60, "flow")
                    + "' that a link can open; one of " + String.join(", ", startable));
        }
        String lenderType = Inputs.optional(request.lenderType(), 40, "lender type");
        if (lenderType != null && !LENDER_TYPES.contains(lenderType)) {
            throw new IllegalArgumentException("lender type must be one of " + String.join(", ", LENDER_TYPES.stream().sorted().toList()));
        }
        Duration expiry = request.expiry();
        if (expiry == null || expiry.isNegative() || expiry.isZero() || expiry.compareTo(MAX_EXPIRY) > 0) {
            throw new IllegalArgumentException("expiry must be between 1 hour and 365 days");
        }
        if (request.maxUses() != null && (request.maxUses() < 1 || request.maxUses() > MAX_USES)) {
            throw new IllegalArgumentException("uses must be between 1 and " + MAX_USES);
        }
        Handoff handoff = new Handoff(Tokens.id(), Tokens.handoff(), counselorId, flow,
                Inputs.optional(request.lenderName(), MAX_LENDER, "lender"), lenderType,
                Inputs.optional(request.note(), MAX_NOTE, "note"), now, now.plus(expiry), request.maxUses(), 0, null);
        jdbc.sql("""
                INSERT INTO handoff (id, token, counselor_id, flow, lender_name, lender_type, note, created_at, expires_at,
                                     max_uses, uses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(handoff.id(), handoff.token(), counselorId, flow, handoff.lenderName(), lenderType, handoff.note(),
                        now.toEpochMilli(), handoff.expiresAt().toEpochMilli(), request.maxUses())
                .update();
        return handoff;
    }

    public List<Handoff> list(String counselorId) {
        return jdbc.sql("SELECT * FROM handoff WHERE counselor_id = ? ORDER BY created_at DESC, id").param(counselorId)
                .query(Handoffs::row).list();
    }

    public Optional<Handoff> find(String counselorId, String id) {
        return jdbc.sql("SELECT * FROM handoff WHERE counselor_id = ? AND id = ?").params(counselorId, id)
                .query(Handoffs::row).optional();
    }

    /** Withdraws a link of this counselor's; false when there is no such link. */
    public boolean revoke(String counselorId, String id, Instant now) {
        return jdbc.sql("UPDATE handoff SET revoked_at = ? WHERE counselor_id = ? AND id = ? AND revoked_at IS NULL")
                .params(now.toEpochMilli(), counselorId, id).update() == 1
                || find(counselorId, id).map(h -> h.revokedAt() != null).orElse(false);
    }

    /**
     * Opens a link for a conversation. A conversation that opened this link before opens it again without using it
     * up (so a repeated /start counts once); otherwise a live link counts one use. Empty when the link is unknown,
     * or dead for this conversation.
     */
    Optional<Handoff> open(String token, String conversationId, Instant now) {
        return transactions.execute(status -> {
            Optional<Handoff> found = jdbc.sql("SELECT * FROM handoff WHERE token = ?").param(token).query(Handoffs::row).optional();
            if (found.isEmpty() || found.get().revokedAt() != null) {
                return Optional.<Handoff>empty();
            }
            Handoff handoff = found.get();
            boolean before = jdbc.sql("SELECT COUNT(*) FROM handoff_conversation WHERE handoff_id = ? AND conversation_id = ?")
                    .params(handoff.id(), conversationId).query(Long.class).single() > 0;
            if (before) {
                jdbc.sql("UPDATE handoff_conversation SET opened_at = ? WHERE handoff_id = ? AND conversation_id = ?")
                        .params(now.toEpochMilli(), handoff.id(), conversationId).update();
                return now.isBefore(handoff.expiresAt()) ? Optional.of(handoff) : Optional.<Handoff>empty();
            }
            if (handoff.deadBecause(now) != null) {
                return Optional.<Handoff>empty();
            }
            // Counted in the same statement that checks the limit, so two borrowers cannot both take the last use.
            int counted = jdbc.sql("UPDATE handoff SET uses = uses + 1 WHERE id = ? AND (max_uses IS NULL OR uses < max_uses)")
                    .param(handoff.id()).update();
            if (counted == 0) {
                return Optional.<Handoff>empty();
            }
            jdbc.sql("INSERT INTO handoff_conversation (id, handoff_id, conversation_id, opened_at) VALUES (?, ?, ?, ?)")
                    .params(Tokens.id(), handoff.id(), conversationId, now.toEpochMilli()).update();
            return Optional.of(handoff);
        });
    }

    public Handoff.Funnel funnel(String handoffId) {
        return jdbc.sql("""
                SELECT COUNT(*), COUNT(reached_letter_at), COUNT(generated_letter_at)
                FROM handoff_conversation WHERE handoff_id = ?""").param(handoffId)
                .query((rs, n) -> new Handoff.Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static Handoff row(ResultSet rs, int n) throws SQLException {
        long maxUses = rs.getLong("max_uses");
        Long max = rs.wasNull() ? null : maxUses;
        long revoked = rs.getLong("revoked_at");
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new Handoff(rs.getString("id"), rs.getString("token"), rs.getString("counselor_id"), rs.getString("flow"),
                rs.getString("lender_name"), rs.getString("lender_type"), rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("expires_at")), max,
                rs.getLong("uses"), revokedAt);
    }
}
