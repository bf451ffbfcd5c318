package org.anxin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app for a test ({@link AnxinServer}), in a class that runs one at a time with the other classes that
 * share what the JVM has ({@link ProcessWide}): most Spring tests read the log, the metrics' totals or counts in the
 * shared store, or start an application of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AnxinServer
@ProcessWide
public @interface AnxinSpringTest {
}
