package org.anxin.privacy;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's pattern layout with every finished line, message and stack trace alike, passed through the
 * {@link Redactor}: a second line of defence behind the rule that no code logs what a user wrote.
 */
public final class RedactingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(super.doLayout(event));
    }
}
