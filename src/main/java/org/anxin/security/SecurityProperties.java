package org.anxin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.limits.*}.
 *
 * @param chatPerMinute    messages one chat may send a minute, on any channel
 * @param chatBurst        how many of those may come at once
 * @param addressPerMinute requests one network address may make a minute to the web chat and downloads
 * @param addressBurst     how many of those may come at once
 * @param maxBodyBytes     the largest request body the web chat API takes
 */
@ConfigurationProperties("anxin.limits")
public record SecurityProperties(Long chatPerMinute, Long chatBurst, Long addressPerMinute, Long addressBurst,
        Long maxBodyBytes) {

    public SecurityProperties {
        chatPerMinute = chatPerMinute != null ? chatPerMinute : 60L;
        chatBurst = chatBurst != null ? chatBurst : 20L;
        addressPerMinute = addressPerMinute != null ? addressPerMinute : 600L;
        addressBurst = addressBurst != null ? addressBurst : 200L;
        maxBodyBytes = maxBodyBytes != null ? maxBodyBytes : 64L * 1024;
    }
}
