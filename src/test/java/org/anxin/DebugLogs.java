package org.anxin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Sets loggers to DEBUG for each test of a class and back afterwards, for a test that reads what a shared Spring
 * context logs: a {@code logging.level} property would give the class a context of its own. Register it as an
 * instance field with {@code @RegisterExtension}; the context is started before it runs, so startup does not reset it.
 */
public final class DebugLogs implements BeforeEachCallback, AfterEachCallback {

    private final List<String> loggers;
    private final Map<String, LogLevel> before = new HashMap<>();

    public DebugLogs(String... loggers) {
        this.loggers = List.of(loggers);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        LoggingSystem system = LoggingSystem.get(getClass().getClassLoader());
        for (String logger : loggers) {
            LoggerConfiguration configured = system.getLoggerConfiguration(logger);
            before.put(logger, configured == null ? null : configured.getConfiguredLevel());
            system.setLogLevel(logger, LogLevel.DEBUG);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggingSystem system = LoggingSystem.get(getClass().getClassLoader());
        before.forEach(system::setLogLevel);
        before.clear();
    }
}
