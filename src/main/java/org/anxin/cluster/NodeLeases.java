package org.anxin.cluster;

import java.time.Duration;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

/** Leases that let exactly one node do a piece of work at a time. */
public interface NodeLeases {

    /** The leases of a node that is the only one (the embedded store): it holds them all. */
    static NodeLeases onlyNode() {
        return new OnlyNode();
    }

    /**
     * Runs {@code task} if this node can take the lease {@code name} now (held at most {@code atMost}, released when
     * the task ends); answers whether it ran. Another node that asks meanwhile skips the task.
     */
    boolean runAlone(String name, Duration atMost, Runnable task);

    /**
     * Keeps {@code work} running on one node at a time: this node starts it once it takes the lease {@code name},
     * renews the lease while it runs, and stops it if the lease is lost; when the node holding it stops or dies,
     * another takes over within a lease's length.
     */
    SmartLifecycle whileHeld(String name, Lifecycle work);
}
