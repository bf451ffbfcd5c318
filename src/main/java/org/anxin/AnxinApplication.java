package org.anxin;

import org.anxin.settings.AnxinProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The application: every capability under {@code org.anxin}, wired by Spring Boot. The server and the commands start
 * it from {@link org.anxin.cli.Main}; nothing here depends on them.
 */
@SpringBootApplication
@EnableConfigurationProperties(AnxinProperties.class)
public class AnxinApplication {
}
