package org.anxin;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

/**
 * Spring applications in the test JVM start one at a time, whichever test class starts them (a test context, a
 * command, a second node): a start sets up the JVM's one logging system again, and two at once could leave it set up
 * half by each. Registered for every application in the tests' {@code META-INF/spring.factories}; a start holds the
 * lock from its first event to its ready or failed one, on the thread that runs it, or until its context closes (a
 * start that failed without saying so). A start that waits more than two minutes fails, naming who holds the lock,
 * rather than hanging the run.
 */
public final class OneStartAtATime implements ApplicationListener<ApplicationEvent>, Ordered {

    private static final Lock STARTING = new Lock();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            STARTING.acquire();
        } else if ((event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
                || event instanceof ContextClosedEvent) && STARTING.isHeldByCurrentThread()) {
            STARTING.unlock();
        }
    }

    /** First among the listeners, so that a ready listener that throws cannot keep the lock held. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class Lock extends ReentrantLock {

        Lock() {
            super(true);
        }

        void acquire() {
            try {
                if (!tryLock(2, TimeUnit.MINUTES)) {
                    Thread holder = getOwner();
                    throw new IllegalStateException("another Spring application has been starting for two minutes, on "
                            + (holder == null ? "a thread that ended" : holder.getName()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another Spring application was starting", e);
            }
        }
    }
}
