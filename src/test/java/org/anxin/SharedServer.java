package org.anxin;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.springframework.test.context.TestContextManager;

/**
 * Starts the app that classes on a plain {@link AnxinServer} share, into Spring's cache of test contexts, before any
 * test class runs, when the run has such a class. Those classes run beside the {@link ProcessWide} ones, so they must
 * never be the ones to start it: a start sets up the JVM's logging again (a command running beside it would print log
 * lines where its output goes) and reads system properties that another class may have set for itself.
 */
public final class SharedServer implements TestExecutionListener {

    @AnxinServer
    static final class Configuration {
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean shared = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(java.util.Optional::stream)
                .filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getJavaClass())
                .anyMatch(type -> type.isAnnotationPresent(AnxinServer.class));
        if (shared) {
            new TestContextManager(Configuration.class).getTestContext().getApplicationContext();
        }
    }
}
