package org.anxin.counselor;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains. {@code /counselor/**} is the console: form login with hashed passwords, throttled logins, CSRF
 * tokens on every form, sessions that expire ({@code server.servlet.session.timeout}). Everything else (the web chat
 * and its API, letter downloads, the Telegram webhook, the WeChat callback, health) stays exactly as it was: open,
 * without sessions, CSRF or extra headers, because those entry points carry their own checks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    static final String LOGIN = "/counselor/login";
    /** The session attribute that holds {@link Counselors#signInStamp} from the moment of signing in. */
    static final String STAMP = "anxin.counselor.stamp";

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(HttpSecurity http, LoginThrottle throttle, Counselors counselors) throws Exception {
        http.securityMatcher("/counselor/**")
                .authorizeHttpRequests(a -> a.requestMatchers(LOGIN, "/counselor/console.css").permitAll()
                        .anyRequest().hasRole("COUNSELOR"))
                .formLogin(f -> f.loginPage(LOGIN).loginProcessingUrl(LOGIN).usernameParameter("id")
                        .successHandler((request, response, auth) -> {
                            throttle.succeeded(auth.getName());
                            counselors.signInStamp(auth.getName()).ifPresent(s -> request.getSession().setAttribute(STAMP, s));
                            response.sendRedirect(request.getContextPath() + "/counselor");
                        })
                        .failureHandler((request, response, e) -> {
                            throttle.failed(account(request), request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + LOGIN + "?error");
                        }))
                .logout(l -> l.logoutUrl("/counselor/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new Throttled(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StillSignedIn(counselors), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    UserDetailsService counselorAccounts(Counselors counselors) {
        return id -> counselors.passwordHash(id)
                .map(hash -> User.withUsername(id).password(hash).roles("COUNSELOR").build())
                .orElseThrow(() -> new UsernameNotFoundException("no such counselor"));
    }

    /**
     * Ends a console session whose account was disabled, or whose password was reset, since it signed in: the
     * request goes on as anyone's, so it is sent to sign in again.
     */
    private static final class StillSignedIn extends OncePerRequestFilter {
        private final Counselors counselors;

        StillSignedIn(Counselors counselors) {
            this.counselors = counselors;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            HttpSession session = request.getSession(false);
            if (auth != null && auth.isAuthenticated() && session != null) {
                Object stamp = session.getAttribute(STAMP);
                if (stamp == null || !counselors.signInStamp(auth.getName()).map(stamp::equals).orElse(false)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            }
            chain.doFilter(request, response);
        }
    }

    private static String account(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id == null ? "" : id.strip();
    }

    /** Refuses a login attempt while its account or address is paused, before the password is even checked. */
    private static final class Throttled extends OncePerRequestFilter {
        private final LoginThrottle throttle;

        Throttled(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath())
                    && throttle.blocked(account(request), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?paused");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
