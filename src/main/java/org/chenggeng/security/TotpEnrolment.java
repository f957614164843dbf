package org.chenggeng.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;

import java.time.Instant;

/**
 * A user's confirmed authenticator: its secret, encrypted ({@link TwoFactorKeys}), and the last time step whose
 * code was accepted, which only grows (one update statement, {@link TotpEnrolmentRepository#claimStep}), so that no
 * code is accepted twice, not even by two requests at once.
 */
@Entity
@Table(name = "totp_enrolment")
class TotpEnrolment extends BaseEntity {

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected TotpEnrolment() {
    }

    TotpEnrolment(Long userId, String encryptedSecret, Instant enrolledAt, long confirmedStep) {
        this.userId = userId;
        this.secret = encryptedSecret;
        this.enrolledAt = enrolledAt;
        this.lastStep = confirmedStep;
    }

    Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }
}
