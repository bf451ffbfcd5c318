package org.anxin;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Spring applications in the test JVM start one at a time, whichever test class starts them (a test context, a
 * command, a second node): a start sets up the JVM's one logging system again, and two at once could leave it set up
 * half by each. Registered for every application in the tests' {@code META-INF/spring.factories}; a start holds the
 * lock from its first event to its last, ready or failed, all on the thread that runs it.
 */
public final class OneStartAtATime implements ApplicationListener<ApplicationEvent> {

    private static final ReentrantLock STARTING = new ReentrantLock(true);

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            STARTING.lock();
        } else if ((event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent)
                && STARTING.isHeldByCurrentThread()) {
            STARTING.unlock();
        }
    }
}
