package org.chenggeng.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The audit log's settings (decision record 0029): how many days entries stay online before they may be archived
 * (at least 180, as 等保 level 3 asks; a smaller number refuses to start), the key archive files are signed with
 * (HMAC-SHA256, from {@code CHENGGENG_AUDIT_KEY}; at least 32 bytes), and the directory archive files are written to.
 */
@ConfigurationProperties("chenggeng.audit")
record AuditProperties(Integer retentionDays, String key, Path archiveDir) {

    static final int MIN_RETENTION_DAYS = 180;
    static final int MIN_KEY_BYTES = 32;

    AuditProperties {
        retentionDays = retentionDays == null ? MIN_RETENTION_DAYS : retentionDays;
        if (retentionDays < MIN_RETENTION_DAYS) {
            throw new IllegalArgumentException("chenggeng.audit.retention-days must be at least "
                    + MIN_RETENTION_DAYS + " (等保 level 3 keeps audit records 180 days), not " + retentionDays);
        }
        key = key == null ? "" : key;
        archiveDir = archiveDir == null ? Path.of("data", "audit-archives") : archiveDir;
    }

    boolean hasKey() {
        return key.getBytes(StandardCharsets.UTF_8).length >= MIN_KEY_BYTES;
    }

    byte[] keyBytes() {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
