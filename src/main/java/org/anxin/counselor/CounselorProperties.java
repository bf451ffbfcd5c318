package org.anxin.counselor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.counselor.*}.
 *
 * @param publicUrl       the web chat's public address for hand-off links ({@code https://anxin.example.org}); unset,
 *                        {@code anxin.public-url}, else the address the console was reached at
 * @param defaultExpiry   how long a hand-off link works when its creator does not say
 * @param accountFailures failed logins to one account before it is paused
 * @param addressFailures failed logins from one address before it is paused
 * @param lockout         how long a paused account or address waits
 * @param passwordCost    BCrypt's cost (log2 rounds) for counselors' passwords
 */
@ConfigurationProperties("anxin.counselor")
record CounselorProperties(String publicUrl, Duration defaultExpiry, Integer accountFailures, Integer addressFailures,
        Duration lockout, Integer passwordCost) {

    CounselorProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
        defaultExpiry = defaultExpiry != null ? defaultExpiry : Duration.ofDays(30);
        accountFailures = accountFailures != null ? accountFailures : 5;
        addressFailures = addressFailures != null ? addressFailures : 20;
        lockout = lockout != null ? lockout : Duration.ofMinutes(15);
        passwordCost = passwordCost != null ? passwordCost : 12;
        if (passwordCost < 4 || passwordCost > 31) {
            throw new IllegalArgumentException("anxin.counselor.password-cost must be between 4 and 31");
        }
    }
}
