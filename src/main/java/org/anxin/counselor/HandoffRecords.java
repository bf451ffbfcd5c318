package org.anxin.counselor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxin.conversation.TurnObserver;
import org.anxin.dialog.BuiltInActions;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;
import org.anxin.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens after a borrower opened a hand-off link, kept beside the conversation: the funnel marks (reached the
 * letters, made one), shares and withdrawals, requests for a person. It follows the conversation's own marks
 * ({@code handoff.shared}, {@code handoff.person}) after each stored turn, so the engine stays pure. Only ids,
 * letter kinds and times are kept; a shared draft is rendered from the conversation when the counselor looks.
 */
final class HandoffRecords implements TurnObserver, PersonalDataHolder {

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    HandoffRecords(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The conversation's latest hand-off visit: its row and its link. */
    private record Visit(String id, String handoffId, String lastLetter) {
    }

    @Override
    public void committed(String conversationId, DialogState before, DialogState after, List<Reply> replies) {
        if (!referred(before) && !referred(after)) {
            return; // almost every conversation: nobody sent it, nothing to record, no query on its turns
        }
        Optional<Visit> found = jdbc.sql("""
                SELECT id, handoff_id, last_letter FROM handoff_conversation WHERE conversation_id = ?
                ORDER BY opened_at DESC, id LIMIT 1""").param(conversationId)
                .query((rs, n) -> new Visit(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        if (found.isEmpty()) {
            return;
        }
        Visit visit = found.get();
        long now = clock.millis();
        String made = replies.stream().filter(r -> r.document() != null).map(r -> r.document().kind())
                .reduce((a, b) -> b).orElse(null);
        String letter = made != null ? made : visit.lastLetter();
        if ("letters".equals(after.flow()) || made != null) {
            jdbc.sql("UPDATE handoff_conversation SET reached_letter_at = ? WHERE id = ? AND reached_letter_at IS NULL")
                    .params(now, visit.id()).update();
        }
        if (made != null) {
            jdbc.sql("UPDATE handoff_conversation SET last_letter = ?, generated_letter_at = COALESCE(generated_letter_at, ?) WHERE id = ?")
                    .params(letter, now, visit.id()).update();
        }
        String sharedBefore = before == null ? null : before.slots().get(BuiltInActions.SHARED);
        String sharedAfter = after.slots().get(BuiltInActions.SHARED);
        if (!Objects.equals(sharedBefore, sharedAfter)) {
            // One share at a time: a new one replaces the old, a removed mark (withdrawal, restart) ends it.
            jdbc.sql("UPDATE handoff_share SET withdrawn_at = ? WHERE conversation_id = ? AND withdrawn_at IS NULL")
                    .params(now, conversationId).update();
            if (sharedAfter != null) {
                jdbc.sql("INSERT INTO handoff_share (id, handoff_id, conversation_id, letter_kind, shared_at) VALUES (?, ?, ?, ?, ?)")
                        .params(Tokens.id(), visit.handoffId(), conversationId, letter, now).update();
            }
        }
        String personBefore = before == null ? null : before.slots().get(BuiltInActions.PERSON);
        String personAfter = after.slots().get(BuiltInActions.PERSON);
        if (personAfter != null && !personAfter.equals(personBefore)) {
            jdbc.sql("INSERT INTO handoff_person_request (id, handoff_id, conversation_id, requested_at) VALUES (?, ?, ?, ?)")
                    .params(Tokens.id(), visit.handoffId(), conversationId, now).update();
        }
    }

    /** A draft shared and not withdrawn, for the console; {@code ref} names it without the conversation's id. */
    record Share(String ref, String handoffId, String conversationId, String letterKind, Instant sharedAt) {
    }

    /** A borrower's request for a person. */
    record PersonRequest(String handoffId, String conversationId, Instant requestedAt) {
    }

    List<Share> activeShares(String counselorId) {
        return jdbc.sql("""
                SELECT s.id, s.handoff_id, s.conversation_id, s.letter_kind, s.shared_at FROM handoff_share s
                JOIN handoff h ON h.id = s.handoff_id
                WHERE h.counselor_id = ? AND s.withdrawn_at IS NULL ORDER BY s.shared_at DESC""").param(counselorId)
                .query((rs, n) -> new Share(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)))).list();
    }

    List<PersonRequest> personRequests(String counselorId) {
        return jdbc.sql("""
                SELECT r.handoff_id, r.conversation_id, r.requested_at FROM handoff_person_request r
                JOIN handoff h ON h.id = r.handoff_id WHERE h.counselor_id = ? ORDER BY r.requested_at DESC""")
                .param(counselorId)
                .query((rs, n) -> new PersonRequest(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    @Override
    public String name() {
        return "counselor-sharing";
    }

    @Override
    public Map<String, Object> export(String conversationId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("handoffs", jdbc.sql("""
                SELECT c.organisation, v.opened_at FROM handoff_conversation v JOIN handoff h ON h.id = v.handoff_id
                JOIN counselor c ON c.id = h.counselor_id WHERE v.conversation_id = ? ORDER BY v.opened_at""")
                .param(conversationId).query((rs, n) -> Map.<String, Object>of("organisation", rs.getString(1),
                        "openedAt", Instant.ofEpochMilli(rs.getLong(2)).toString())).list());
        out.put("shares", jdbc.sql("""
                SELECT s.letter_kind, s.shared_at, s.withdrawn_at FROM handoff_share s WHERE s.conversation_id = ?
                ORDER BY s.shared_at""").param(conversationId).query((rs, n) -> {
                    Map<String, Object> share = new LinkedHashMap<>();
                    share.put("letter", rs.getString(1));
                    share.put("sharedAt", Instant.ofEpochMilli(rs.getLong(2)).toString());
                    long withdrawn = rs.getLong(3);
                    share.put("withdrawnAt", rs.wasNull() ? null : Instant.ofEpochMilli(withdrawn).toString());
                    return share;
                }).list());
        out.put("personRequests", jdbc.sql("SELECT requested_at FROM handoff_person_request WHERE conversation_id = ? ORDER BY requested_at")
                .param(conversationId).query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1)).toString()).list());
        return out;
    }

    @Override
    public void erase(String conversationId) {
        jdbc.sql("DELETE FROM handoff_share WHERE conversation_id = ?").param(conversationId).update();
        jdbc.sql("DELETE FROM handoff_person_request WHERE conversation_id = ?").param(conversationId).update();
        // The funnel keeps its counts; only the link to the conversation goes.
        jdbc.sql("UPDATE handoff_conversation SET conversation_id = NULL WHERE conversation_id = ?").param(conversationId).update();
    }

    private static boolean referred(DialogState state) {
        return state != null && state.slots().containsKey(DialogEngine.REFERRAL_ORG);
    }
}
