package org.chenggeng.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.Snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * A personal access token with which a machine client calls the JSON API as its user. Only the token's SHA-256
 * hash is kept: whoever reads the database cannot use a token, and a lost token is revoked, never shown again.
 */
@Entity
@Table(name = "access_token")
class AccessToken extends BaseEntity {

    /** Tokens start with this, so that secret scanners and people recognise them. */
    static final String MARK = "cg_";
    static final int PREFIX_LENGTH = 8;
    private static final int RANDOM_BYTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = PREFIX_LENGTH)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(Long userId, String name, String secret, Instant now) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = hash(secret);
        this.prefix = secret.substring(0, PREFIX_LENGTH);
        this.createdAt = now;
    }

    /** A new secret: the mark and 40 URL-safe characters (240 random bits). */
    static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: its SHA-256 hash in lower-case hex. */
    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    /** What the audit log records: never the secret or its hash. */
    Map<String, String> snapshot() {
        return Snapshot.of()
                .put("userId", userId)
                .put("name", name)
                .put("prefix", prefix)
                .put("revokedAt", revokedAt)
                .toMap();
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
