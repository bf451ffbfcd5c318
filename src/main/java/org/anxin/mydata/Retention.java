package org.anxin.mydata;

import java.time.Clock;
import java.time.Duration;
import org.anxin.cluster.NodeLeases;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Erases conversations nobody has touched for {@code anxin.privacy.retention}, with everything tied to them
 * (evidence files, shares), as the consent notice promises. Runs every hour, on one node at a time; each erasure
 * takes the conversation's turn lock, so a user writing at that moment is not cut in half.
 */
public final class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 500;

    private final ConversationStore store;
    private final TurnService turns;
    private final Duration retention;
    private final Clock clock;
    private final NodeLeases leases;

    public Retention(ConversationStore store, TurnService turns, Duration retention, Clock clock, NodeLeases leases) {
        this.leases = leases;
        this.store = store;
        this.turns = turns;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void scheduled() {
        // With several nodes on one database, one of them runs it; the others skip this hour.
        leases.runAlone("retention", Duration.ofMinutes(50), this::eraseExpired);
    }

    /** Erases every conversation untouched for longer than the retention period; returns how many. */
    public int eraseExpired() {
        int erased = 0;
        java.util.Set<String> failed = new java.util.HashSet<>();
        while (true) {
            var expired = store.untouchedSince(clock.instant().minus(retention), BATCH + failed.size());
            var fresh = expired.stream().filter(id -> !failed.contains(id)).toList();
            for (String id : fresh) {
                try {
                    turns.erase(id);
                    erased++;
                } catch (RuntimeException e) {
                    // The conversation is erased last, so it is found again and retried on the next run.
                    failed.add(id);
                    log.error("retention: erasing a conversation failed, retrying next run", e);
                }
            }
            if (fresh.isEmpty() || expired.size() < BATCH + failed.size()) {
                break;
            }
        }
        if (erased > 0) {
            log.info("retention: erased {} conversations untouched for {}", erased, retention);
        }
        return erased;
    }
}
