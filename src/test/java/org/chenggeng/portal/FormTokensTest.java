package org.chenggeng.portal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed form tokens and the bounded token buckets, against a clock the test moves. */
class FormTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final FormTokens tokens = new FormTokens("secret".getBytes(StandardCharsets.UTF_8), clock,
            Duration.ofSeconds(2), Duration.ofHours(2));

    private void later(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void aTokenPassesOnceForItsPurposeBetweenItsMinimumAgeAndItsLifetime() {
        FormTokens.Issued issued = tokens.issue("feedback:abc", false);
        assertThat(tokens.check(issued.token(), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.TOO_FAST);
        later(Duration.ofSeconds(3));
        assertThat(tokens.check(issued.token(), "feedback:other", null)).isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.check(issued.token(), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.OK);
        assertThat(tokens.check(issued.token(), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.REPLAYED);

        FormTokens.Issued old = tokens.issue("feedback:abc", false);
        later(Duration.ofHours(3));
        assertThat(tokens.check(old.token(), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.EXPIRED);
    }

    @Test
    void aTamperedTokenOrOneSignedWithAnotherSecretIsInvalid() {
        String token = tokens.issue("feedback:abc", false).token();
        later(Duration.ofSeconds(3));
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThat(tokens.check(tampered, "feedback:abc", null)).isEqualTo(FormTokens.Verdict.INVALID);
        FormTokens other = new FormTokens("other".getBytes(StandardCharsets.UTF_8), clock, Duration.ZERO,
                Duration.ofHours(2));
        assertThat(other.check(token, "feedback:abc", null)).isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.check(null, "feedback:abc", null)).isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.check("x".repeat(1000), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.INVALID);
    }

    @Test
    void aChallengeIsAnsweredWithItsSumAndNothingElse() {
        FormTokens.Issued issued = tokens.issue("feedback:abc", true);
        assertThat(issued.challenge()).isNotNull();
        assertThat(tokens.asksChallenge(issued.token())).isTrue();
        assertThat(tokens.asksChallenge(tokens.issue("feedback:abc", false).token())).isFalse();
        later(Duration.ofSeconds(3));
        int sum = issued.challenge().a() + issued.challenge().b();
        assertThat(tokens.check(issued.token(), "feedback:abc", String.valueOf(sum + 1)))
                .isEqualTo(FormTokens.Verdict.WRONG_ANSWER);
        assertThat(tokens.check(issued.token(), "feedback:abc", null)).isEqualTo(FormTokens.Verdict.WRONG_ANSWER);
        assertThat(tokens.check(issued.token(), "feedback:abc", " " + sum + " ")).isEqualTo(FormTokens.Verdict.OK);
    }

    @Test
    void aBucketRefusesPastItsCapacityRefillsEvenlyAndForgetsTheLeastRecentlyUsedKeyWhenFull() {
        RateLimits limits = new RateLimits(4, Duration.ofHours(1), 3, clock);
        for (int i = 0; i < 4; i++) {
            assertThat(limits.near("a")).isEqualTo(i >= 2);
            assertThat(limits.take("a")).isTrue();
        }
        assertThat(limits.take("a")).isFalse();
        assertThat(limits.retryAfterSeconds("a")).isBetween(899L, 900L);
        later(Duration.ofMinutes(15));
        assertThat(limits.take("a")).isTrue();
        assertThat(limits.take("a")).isFalse();

        limits.take("b");
        limits.take("c");
        limits.take("d");
        assertThat(limits.size()).isEqualTo(3);
    }
}
