package org.anxin.cluster;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.anxin.settings.AnxinProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leases in the database when several nodes may share it (PostgreSQL), or held by this one node. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    NodeLeases nodeLeases(AnxinProperties properties, JdbcTemplate jdbc, Clock clock) {
        if (!properties.store().postgres()) {
            return new OnlyNode();
        }
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).usingDbTime()
                .withLockedByValue(NodeName.get()).build());
        return new DatabaseLeases(provider, clock, properties.store().lease());
    }
}
