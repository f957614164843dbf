package org.chenggeng.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes are RFC 6238's: its appendix B test vectors, and the ±1 step tolerance around them. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}: {1} {2} {3}")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void makesTheCodesOfRfc6238AppendixB(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepOf(Instant.ofEpochSecond(seconds));
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).code(SHA1_SEED, step))
                .isEqualTo(sha1);
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256).code(SHA256_SEED, step))
                .isEqualTo(sha256);
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512).code(SHA512_SEED, step))
                .isEqualTo(sha512);
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNoFurther() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.stepOf(now);

        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, step), now)).hasValue(step);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, step - 2), now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(59);
        String code = totp.code(SHA1_SEED, Totp.stepOf(now));

        assertThat(code).hasSize(6).containsOnlyDigits();
        assertThat(totp.matchingStep(SHA1_SEED, code + "0", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
    }
}
