package org.anxin.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the files the locker keeps: {@code anxin.evidence.max-file-bytes} (default 20 MB) for one file and
 * {@code anxin.evidence.max-files} (default 200) per conversation.
 */
@ConfigurationProperties("anxin.evidence")
public record EvidenceProperties(Long maxFileBytes, Integer maxFiles) {

    public EvidenceProperties {
        maxFileBytes = maxFileBytes != null ? maxFileBytes : 20L * 1024 * 1024;
        maxFiles = maxFiles != null ? maxFiles : 200;
        if (maxFileBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("anxin.evidence.max-file-bytes and max-files must be positive");
        }
    }
}
