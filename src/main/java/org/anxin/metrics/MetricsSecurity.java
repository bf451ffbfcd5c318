package org.anxin.metrics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} answers only a request that carries {@code Authorization: Bearer <anxin.metrics.token>};
 * anything else gets 401, and with no token configured every request does. Health stays open (the chain that serves
 * everything else). Prometheus scrapes each node directly, on the network between the containers; the reverse proxy
 * refuses {@code /actuator/} from outside except health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MetricsSecurity {

    static final String SCRAPE = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, MetricsProperties properties) throws Exception {
        byte[] token = properties.token() == null ? null : properties.token().getBytes(StandardCharsets.UTF_8);
        http.securityMatcher(SCRAPE, SCRAPE + "/**")
                .authorizeHttpRequests(a -> a.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(bearerMatches(context.getRequest(), token))))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, denied) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"anxin-metrics\"");
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Compared in constant time, so the answer's timing tells nothing about the token. */
    static boolean bearerMatches(HttpServletRequest request, byte[] token) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
