package org.anxin.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

/** Leases kept in the shared database by ShedLock ({@code shedlock} table), so several nodes agree on who holds one. */
final class DatabaseLeases implements NodeLeases {

    private final LockProvider locks;
    private final Clock clock;
    private final Duration lease;

    /** {@code lease}: how long a continuous lease ({@link #whileHeld}) holds without renewal. */
    DatabaseLeases(LockProvider locks, Clock clock, Duration lease) {
        this.locks = locks;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public boolean runAlone(String name, Duration atMost, Runnable task) {
        Optional<SimpleLock> held = locks.lock(new LockConfiguration(clock.instant(), name, atMost, Duration.ZERO));
        if (held.isEmpty()) {
            return false;
        }
        try {
            task.run();
            return true;
        } finally {
            held.get().unlock();
        }
    }

    @Override
    public SmartLifecycle whileHeld(String name, Lifecycle work) {
        return new LeaderOnly(name, work, this::take, lease);
    }

    private Optional<SimpleLock> take(String name) {
        return locks.lock(new LockConfiguration(clock.instant(), name, lease, Duration.ZERO));
    }
}
