package org.anxin;

import org.anxin.settings.ServerOnly;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@code @Scheduled} jobs (the retention job) run in the server only: a command is not the place to erase on a timer. */
@Configuration(proxyBeanMethods = false)
@ServerOnly
@EnableScheduling
class SchedulingConfiguration {
}
