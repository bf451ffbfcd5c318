package org.anxin.evidence;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on the files the locker keeps: {@code anxin.evidence.max-file-bytes} (default 20 MB) for one file and
 * {@code anxin.evidence.max-files} (default 200) per conversation.
 */
@ConfigurationProperties("anxin.evidence")
@Validated
public record EvidenceProperties(@DefaultValue("20971520") @Positive long maxFileBytes, @DefaultValue("200") @Positive int maxFiles) {
}
