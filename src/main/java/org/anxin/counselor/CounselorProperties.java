package org.anxin.counselor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.counselor.*}.
 *
 * @param publicUrl       the web chat's public address for hand-off links ({@code https://anxin.example.org}); unset,
 *                        {@code anxin.public-url}, else the address the console was reached at
 * @param defaultExpiry   how long a hand-off link works when its creator does not say
 * @param accountFailures failed logins to one account per lockout period before it is paused
 * @param addressFailures failed logins from one address per lockout period before it is paused
 * @param lockout         the period failures are counted in, from the first of them; a paused account or address
 *                        waits for the rest of it
 * @param passwordCost    BCrypt's cost (log2 rounds) for counselors' passwords
 */
@ConfigurationProperties("anxin.counselor")
@Validated
record CounselorProperties(String publicUrl, @DefaultValue("30d") @NotNull @DurationMin(minutes = 1) Duration defaultExpiry,
        @DefaultValue("5") @Positive int accountFailures, @DefaultValue("20") @Positive int addressFailures,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration lockout,
        @DefaultValue("12") @Min(4) @Max(31) int passwordCost) {

    CounselorProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
    }
}
