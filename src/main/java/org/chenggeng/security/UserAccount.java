package org.chenggeng.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A user. Updated column by column ({@link DynamicUpdate}): logins count failures with update statements of their
 * own, and an edit of the name or language must not write back the count it read.
 */
@Entity
@Table(name = "app_user")
@jakarta.persistence.EntityListeners(UserAccountListener.class)
@DynamicUpdate
class UserAccount extends BaseEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "region_id")
    private Long regionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_project", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "project_id")
    private Set<Long> projectIds = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false, length = 10)
    private String locale = "zh_CN";

    /** An administrator requires two factors of this user, whatever the role (decision record 0027). */
    @Column(name = "mfa_required", nullable = false)
    private boolean mfaRequired;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the password was last set, for its expiry; none for an account from before expiry (decision 0028). */
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Long regionId, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
        this.passwordChangedAt = now;
        assignScope(role, regionId, Set.of());
    }

    /**
     * Sets role and scope together, because what a scope may contain depends on the role: every role but
     * administrator needs a region, and only project managers are assigned projects.
     */
    void assignScope(Role newRole, Long newRegionId, Set<Long> newProjectIds) {
        if (!newRole.isAdministrative() && newRegionId == null) {
            throw new DomainException("user.error.regionRequired");
        }
        if (newRole != Role.PROJECT_MANAGER && !newProjectIds.isEmpty()) {
            throw new DomainException("user.error.projectsOnlyForManagers");
        }
        this.role = newRole;
        this.regionId = newRegionId;
        this.projectIds = new HashSet<>(newProjectIds);
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    /** Sets a password (hashed by the caller after the policy's checks) and restarts its expiry. */
    void changePassword(String newHash, boolean mustChangeAtNextLogin, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
        this.passwordChangedAt = now;
    }

    /** The password set for the account is temporary: the first sign-in must replace it. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
        unlock();
    }

    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void requireTwoFactor(boolean required) {
        this.mfaRequired = required;
    }

    void chooseLocale(String newLocale) {
        this.locale = newLocale;
    }

    Map<String, String> snapshot() {
        return Snapshot.of()
                .put("username", username)
                .put("displayName", displayName)
                .put("role", role)
                .put("regionId", regionId)
                .put("projectIds", new java.util.TreeSet<>(projectIds))
                .put("enabled", enabled)
                .put("mustChangePassword", mustChangePassword)
                .put("mfaRequired", mfaRequired)
                .toMap();
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getRegionId() {
        return regionId;
    }

    Set<Long> getProjectIds() {
        return Set.copyOf(projectIds);
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    boolean isMfaRequired() {
        return mfaRequired;
    }

    String getLocale() {
        return locale;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
