package org.chenggeng.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The hash of a password an account had before, kept so that it is not chosen again too soon; never the password. */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected PasswordHistoryEntry() {
    }

    PasswordHistoryEntry(Long userId, String passwordHash, Instant replacedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
