package org.anxin.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.limits.*}.
 *
 * @param chatPerMinute    messages one chat may send a minute, on any channel
 * @param chatBurst        how many of those may come at once
 * @param addressPerMinute requests one network address may make a minute to the web chat and downloads
 * @param addressBurst     how many of those may come at once
 * @param maxBodyBytes     the largest request body the web chat API takes
 * @param uploadBytesInFlight how many bytes of evidence uploads this node holds at once (each is in memory until
 *                         sealed); beyond it an upload is asked to come again in a moment
 */
@ConfigurationProperties("anxin.limits")
@Validated
public record SecurityProperties(@DefaultValue("60") @Positive long chatPerMinute, @DefaultValue("20") @Positive long chatBurst,
        @DefaultValue("600") @Positive long addressPerMinute, @DefaultValue("200") @Positive long addressBurst,
        @DefaultValue("65536") @Positive long maxBodyBytes,
        @DefaultValue("64MB") @NotNull DataSize uploadBytesInFlight) {
}
