package org.anxin.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean, or a configuration, that exists only while this process serves: the channels' clients (Telegram long
 * polling or webhook registration, WeChat's callback), scheduled jobs. The command line runs with
 * {@code anxin.mode=command} ({@link #COMMAND}), so that {@code counselor add} or {@code chat}, run next to a server
 * with the same settings, never polls Telegram beside it or erases conversations on its own schedule.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = ServerOnly.MODE, havingValue = "server", matchIfMissing = true)
public @interface ServerOnly {

    /** The property: {@code server} (the default) or {@code command}. */
    String MODE = "anxin.mode";

    /** The command line's value. */
    String COMMAND = "command";
}
