package org.anxin.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sends a conversation's answers now ({@link DeliveryLease}). With several nodes on one database the claims live
 * in {@code outbox_lease}, where every node sees them; on the embedded store, which one process owns, they live in
 * its memory and cost no write to the disk.
 */
interface DeliveryClaims {

    /** True when no other owner holds an unexpired claim at {@code now}; a claim already this owner's is renewed. */
    boolean claim(DeliveryLease lease, Instant now);

    /** Gives a claim up, if its owner still holds it. */
    void release(DeliveryLease lease);

    /** Extends a claim its owner holds; called inside the transaction that records a part sent. */
    void renew(DeliveryLease lease);

    /** Drops every claim on a conversation once its erasure has committed. */
    void forget(String conversationId);

    /** Claims in {@code outbox_lease}, through {@code jdbc}. */
    static DeliveryClaims shared(JdbcTemplate jdbc) {
        return new DeliveryClaims() {
            @Override
            public boolean claim(DeliveryLease lease, Instant now) {
                return jdbc.update("INSERT INTO outbox_lease (channel, conversation_id, owner, until) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (channel, conversation_id) DO UPDATE SET owner = excluded.owner, until = excluded.until"
                        + " WHERE outbox_lease.owner = excluded.owner OR outbox_lease.until < ?", lease.channel(),
                        lease.conversationId(), lease.owner(), lease.until().toEpochMilli(), now.toEpochMilli()) == 1;
            }

            @Override
            public void release(DeliveryLease lease) {
                jdbc.update("DELETE FROM outbox_lease WHERE channel = ? AND conversation_id = ? AND owner = ?",
                        lease.channel(), lease.conversationId(), lease.owner());
            }

            @Override
            public void renew(DeliveryLease lease) {
                jdbc.update("UPDATE outbox_lease SET until = ? WHERE channel = ? AND conversation_id = ? AND owner = ?",
                        lease.until().toEpochMilli(), lease.channel(), lease.conversationId(), lease.owner());
            }

            @Override
            public void forget(String conversationId) {
                // The erasure deleted the conversation's outbox_lease rows with the rest.
            }
        };
    }

    /** Claims in this process's memory. */
    static DeliveryClaims local() {
        Map<String, DeliveryLease> held = new ConcurrentHashMap<>();
        return new DeliveryClaims() {
            @Override
            public boolean claim(DeliveryLease lease, Instant now) {
                return held.merge(key(lease), lease, (current, wanted) -> current.owner().equals(wanted.owner())
                        || current.until().isBefore(now) ? wanted : current) == lease;
            }

            @Override
            public void release(DeliveryLease lease) {
                held.computeIfPresent(key(lease), (key, current) -> current.owner().equals(lease.owner()) ? null : current);
            }

            @Override
            public void renew(DeliveryLease lease) {
                held.computeIfPresent(key(lease), (key, current) -> current.owner().equals(lease.owner()) ? lease : current);
            }

            @Override
            public void forget(String conversationId) {
                held.values().removeIf(lease -> lease.conversationId().equals(conversationId));
            }

            private static String key(DeliveryLease lease) {
                return lease.channel() + "\n" + lease.conversationId();
            }
        };
    }
}
