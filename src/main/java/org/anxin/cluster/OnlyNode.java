package org.anxin.cluster;

import java.time.Duration;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

/** The embedded store serves one node, which holds every lease. */
final class OnlyNode implements NodeLeases {

    @Override
    public boolean runAlone(String name, Duration atMost, Runnable task) {
        task.run();
        return true;
    }

    @Override
    public SmartLifecycle whileHeld(String name, Lifecycle work) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                work.start();
            }

            @Override
            public void stop() {
                work.stop();
            }

            @Override
            public boolean isRunning() {
                return work.isRunning();
            }
        };
    }
}
