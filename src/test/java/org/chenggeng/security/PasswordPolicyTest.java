package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each password rule refuses with its own message key, and only what breaks it; the rules follow their settings. */
class PasswordPolicyTest {

    private static final BreachedPasswords BREACHED = new BreachedPasswords();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordPolicy defaults = policy(new PasswordProperties(null, null, null, null));

    @Test
    void theDefaultsAreTenCharactersOfThreeKindsTheLastFiveAndNinetyDays() {
        assertThat(defaults.rules()).isEqualTo(new PasswordPolicy.Rules(10, 3, 5, 90));
        assertThatCode(() -> defaults.check("official", "Renewal-2024", List.of())).doesNotThrowAnyException();
    }

    @Test
    void aPasswordShorterThanTheMinimumIsRefused() {
        assertRefused(defaults, "official", "Ab1-xyz89", "password.error.tooShort");
        assertRefused(policy(new PasswordProperties(14, null, null, null)), "official", "Renewal-2024",
                "password.error.tooShort");
    }

    @Test
    void aPasswordOfTooFewKindsOfCharacterIsRefused() {
        assertRefused(defaults, "official", "renewal-compound", "password.error.classes");
        assertRefused(defaults, "official", "chenggeng-demo", "password.error.classes");
        assertThatCode(() -> policy(new PasswordProperties(null, 2, null, null))
                .check("official", "renewal-compound", List.of())).doesNotThrowAnyException();
        assertRefused(policy(new PasswordProperties(null, 4, null, null)), "official", "Renewal2024x",
                "password.error.classes");
        assertThat(PasswordPolicy.classes("Ab1-")).isEqualTo(4);
        assertThat(PasswordPolicy.classes("城更城更ab")).as("Chinese characters count as the fourth kind").isEqualTo(2);
    }

    @Test
    void thePasswordMayNeitherBeNorContainTheUsernameInAnyCase() {
        assertRefused(defaults, "Official-1A", "official-1a", "password.error.sameAsUsername");
        assertRefused(defaults, "zhangwei", "My-ZhangWei-9", "password.error.containsUsername");
        assertThatCode(() -> defaults.check("pm", "Npm-install-9", List.of()))
                .as("a two-letter username may occur inside a password").doesNotThrowAnyException();
    }

    @Test
    void aKnownBreachedPasswordIsRefusedInAnyCase() {
        assertThat(BREACHED.size()).isGreaterThan(3000);
        assertRefused(defaults, "official", "Woaini1314", "password.error.breached");
        assertRefused(defaults, "official", "1Qaz2wsx3edc", "password.error.breached");
        assertRefused(defaults, "official", "Abc123456789", "password.error.breached");
        assertRefused(defaults, "official", "ZhangWei123456", "password.error.breached");
        assertRefused(defaults, "official", "P@ssw0rd123", "password.error.breached");
        assertThat(BREACHED.contains("chenggeng-demo")).as("the demo's password is not on the list").isFalse();
    }

    @Test
    void oneOfTheLastPasswordsIsRefusedAndAnOlderOneIsNot() {
        List<String> sixNewestFirst = List.of("Current-pass-6", "Earlier-pass-5", "Earlier-pass-4", "Earlier-pass-3",
                "Earlier-pass-2", "Earlier-pass-1").stream().map(encoder::encode).toList();
        assertRefused(defaults, "official", "Current-pass-6", sixNewestFirst, "password.error.recentlyUsed");
        assertRefused(defaults, "official", "Earlier-pass-2", sixNewestFirst, "password.error.recentlyUsed");
        assertThatCode(() -> defaults.check("official", "Earlier-pass-1", sixNewestFirst))
                .as("the sixth back is allowed again").doesNotThrowAnyException();
        assertThatCode(() -> policy(new PasswordProperties(null, null, 0, null))
                .check("official", "Current-pass-6", sixNewestFirst)).doesNotThrowAnyException();
    }

    @Test
    void aPasswordExpiresAtItsMaximumAgeAndNeverWithZero() {
        Instant set = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(defaults.isExpired(set, set.plus(Duration.ofDays(90)).minusSeconds(1))).isFalse();
        assertThat(defaults.isExpired(set, set.plus(Duration.ofDays(90)))).isTrue();
        assertThat(defaults.isExpired(null, set.plus(Duration.ofDays(900)))).as("no date yet").isFalse();
        PasswordPolicy never = policy(new PasswordProperties(null, null, null, Duration.ZERO));
        assertThat(never.isExpired(set, set.plus(Duration.ofDays(9000)))).isFalse();
        assertThat(never.expiredBefore(set)).isEqualTo(Instant.EPOCH);
        assertThat(defaults.expiredBefore(set)).isAfter(set.minus(Duration.ofDays(90)))
                .isBefore(set.minus(Duration.ofDays(90)).plusSeconds(1));
    }

    @Test
    void settingsOutOfRangeAreRefusedAtStart() {
        assertThatThrownBy(() -> new PasswordProperties(null, 5, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordProperties(0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private PasswordPolicy policy(PasswordProperties properties) {
        return new PasswordPolicy(properties, BREACHED, encoder);
    }

    private static void assertRefused(PasswordPolicy policy, String username, String password, String key) {
        assertRefused(policy, username, password, List.of(), key);
    }

    private static void assertRefused(PasswordPolicy policy, String username, String password, List<String> hashes,
                                      String key) {
        assertThatThrownBy(() -> policy.check(username, password, hashes)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }
}
