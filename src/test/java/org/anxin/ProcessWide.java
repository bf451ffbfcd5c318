package org.anxin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that uses what every test in its JVM shares: it starts a Spring application (whose start sets up the
 * logging again and sets system properties; a command that starts one counts), sets system properties itself, or
 * reads all that the JVM prints or logs. Such classes run one at a time, as the whole suite once did; every other
 * class runs beside them on the other cores (the dialogs, the language model's measurements, the letters, the
 * commands that start no application, the process-kill test), as {@code junit-platform.properties} says.
 * {@link AnxinSpringTest} carries it, so a Spring test needs nothing more. A command's output is kept apart by
 * thread ({@link ThreadOutput}), so running one that starts no application needs no lock of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ResourceLock(ProcessWide.LOCK)
public @interface ProcessWide {

    String LOCK = "org.anxin.process-wide";
}
