package org.anxin.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a piece of work while this node holds its lease: every third of a lease it takes the lease (if free) or
 * renews it (if held), starting the work on taking it and stopping it when a renewal fails, before the lease runs out
 * and another node may take it.
 */
final class LeaderOnly implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaderOnly.class);

    private final String name;
    private final Lifecycle work;
    private final Function<String, Optional<SimpleLock>> take;
    private final Duration lease;
    private ScheduledExecutorService checks;
    private SimpleLock held;

    LeaderOnly(String name, Lifecycle work, Function<String, Optional<SimpleLock>> take, Duration lease) {
        this.name = name;
        this.work = work;
        this.take = take;
        this.lease = lease;
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + name);
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        checks.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        try {
            if (held == null) {
                take.apply(name).ifPresent(lock -> {
                    held = lock;
                    log.info("this node took the {} lease and starts it", name);
                    work.start();
                });
            } else {
                Optional<SimpleLock> renewed = held.extend(lease, Duration.ZERO);
                if (renewed.isPresent()) {
                    held = renewed.get();
                } else {
                    held = null;
                    log.warn("this node lost the {} lease; stopping it so another node can take over", name);
                    work.stop();
                }
            }
        } catch (RuntimeException e) {
            // The database may be down: keep what runs, and decide again at the next check (the lease still holds).
            log.warn("could not check the {} lease", name, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
        if (held != null) {
            work.stop();
            try {
                held.unlock();
            } catch (RuntimeException e) {
                log.warn("could not give the {} lease up; it runs out by itself", name, e);
            }
            held = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
