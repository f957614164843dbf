package org.chenggeng.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the JSON API's writes: how long the answer to a write sent with an Idempotency-Key is kept for a
 * retry, and how many writes one token may send per minute.
 */
@ConfigurationProperties("chenggeng.api")
public record ApiProperties(Duration idempotencyRetention, Integer writeLimit) {

    public ApiProperties {
        idempotencyRetention = idempotencyRetention == null ? Duration.ofDays(7) : idempotencyRetention;
        writeLimit = writeLimit == null ? 120 : writeLimit;
        if (writeLimit < 1) {
            throw new IllegalArgumentException("chenggeng.api.write-limit must be at least 1, not " + writeLimit);
        }
    }
}
