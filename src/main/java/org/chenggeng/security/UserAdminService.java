package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** User administration: accounts, roles, scopes and passwords. Administrators only. */
@Service
@RolesAllowed(Roles.SECURITY_ADMIN)
public class UserAdminService {

    /** What a username may look like: 2 to 50 letters, digits, dots, underscores or hyphens. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");
    private static final String ENTITY = "USER";

    private final UserAccountRepository users;
    private final ScopeDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordChanges passwords;
    private final PasswordPolicy policy;
    private final TotpEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final MfaProperties mfa;

    UserAdminService(UserAccountRepository users, ScopeDirectory directory, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock, PasswordChanges passwords, PasswordPolicy policy,
                     TotpEnrolmentRepository enrolments, RecoveryCodeRepository recoveryCodes, MfaProperties mfa) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.mfa = mfa;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A row of the user grid. */
    public record UserRow(Long id, long version, String username, String displayName, Role role, Long regionId,
                          Set<Long> projectIds, boolean enabled, boolean mustChangePassword, Instant lockedUntil,
                          Instant lastLoginAt) {
    }

    /** What an administrator sets when creating an account; the password is temporary by default. */
    public record NewUser(String username, String displayName, String initialPassword, Role role, Long regionId,
                          Set<Long> projectIds) {
    }

    /** What an administrator may change on an existing account, prepared against {@code version}. */
    public record UserChanges(long version, String displayName, Role role, Long regionId, Set<Long> projectIds) {
    }

    /** The rules a new password must meet, for the form that asks for one. */
    public PasswordPolicy.Rules passwordRules() {
        return policy.rules();
    }

    @Transactional(readOnly = true)
    public List<UserRow> search(String text, Pageable page) {
        return users.search(blankToNull(text), page).map(this::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return users.countSearch(blankToNull(text));
    }

    @Transactional(readOnly = true)
    public UserRow get(long id) {
        return toRow(load(id));
    }

    @Transactional(readOnly = true)
    public List<ScopeDirectory.RegionChoice> regionChoices() {
        return directory.regionChoices();
    }

    @Transactional(readOnly = true)
    public List<ScopeDirectory.ProjectChoice> projectChoices() {
        return directory.projectChoices();
    }

    @Transactional
    public Long create(NewUser cmd) {
        String username = cmd.username() == null ? "" : cmd.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("user.error.usernameFormat");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new DomainException("user.error.usernameTaken", username);
        }
        String displayName = requireDisplayName(cmd.displayName());
        String hash = passwords.firstPassword(username, cmd.initialPassword());
        checkScope(cmd.regionId(), cmd.projectIds());
        UserAccount account = new UserAccount(username, displayName, hash, required(cmd.role()), cmd.regionId(),
                clock.instant());
        account.assignScope(cmd.role(), cmd.regionId(), nullToEmpty(cmd.projectIds()));
        account.requirePasswordChange();
        users.save(account);
        events.publishEvent(EntityChanged.created(ENTITY, account.getId(), account.snapshot()));
        return account.getId();
    }

    @Transactional
    public void update(long id, UserChanges cmd) {
        UserAccount account = load(id);
        account.checkVersion(cmd.version());
        Map<String, String> before = account.snapshot();
        if (account.getId().equals(currentUser.require().id()) && cmd.role() != Role.SECURITY_ADMIN) {
            throw new DomainException("user.error.cannotDemoteSelf");
        }
        checkScope(cmd.regionId(), cmd.projectIds());
        account.rename(requireDisplayName(cmd.displayName()));
        account.assignScope(required(cmd.role()), cmd.regionId(), nullToEmpty(cmd.projectIds()));
        users.saveAndFlush(account);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, account.snapshot()));
    }

    /**
     * Sets a new password chosen by the security administrator, under the same rules as the user's own (none of the
     * account's last passwords either); by default the user must change it at next login. It does not let the
     * security administrator act as another administrator: the reset is in the audit log, which only the audit
     * administrator reads, and it leaves the account's second factor as it was (decision 0026).
     */
    @Transactional
    public void resetPassword(long id, String newPassword, boolean forceChange) {
        UserAccount account = load(id);
        Map<String, String> before = account.snapshot();
        passwords.change(account, newPassword, forceChange);
        account.unlock();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "RESET_PASSWORD", before, account.snapshot()));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = load(id);
        if (!enabled && account.getId().equals(currentUser.require().id())) {
            throw new DomainException("user.error.cannotDisableSelf");
        }
        Map<String, String> before = account.snapshot();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        events.publishEvent(EntityChanged.updated(ENTITY, id, enabled ? "ENABLE" : "DISABLE", before,
                account.snapshot()));
    }

    /**
     * A user's two-factor setting: required of them by an administrator, required by their role (which no
     * administrator can waive), and whether they have an authenticator.
     */
    public record TwoFactorSetting(boolean requiredForUser, boolean requiredByRole, boolean enrolled) {
    }

    @Transactional(readOnly = true)
    public TwoFactorSetting twoFactor(long id) {
        UserAccount account = load(id);
        return new TwoFactorSetting(account.isMfaRequired(), mfa.requiredRoles().contains(account.getRole()),
                enrolments.existsByUserId(id));
    }

    /** Requires two-factor sign-in of a user whose role does not, or lifts that; from their next sign-in on. */
    @Transactional
    public void requireTwoFactor(long id, boolean required) {
        UserAccount account = load(id);
        if (account.isMfaRequired() == required) {
            return;
        }
        Map<String, String> before = account.snapshot();
        account.requireTwoFactor(required);
        events.publishEvent(EntityChanged.updated(ENTITY, id, required ? "REQUIRE_TWO_FACTOR" : "WAIVE_TWO_FACTOR",
                before, account.snapshot()));
    }

    /**
     * Removes a user's authenticator and recovery codes, for one who lost both: they sign in with the password and,
     * where two factors are required of them, enrol a new one before anything else.
     */
    @Transactional
    public void resetTwoFactor(long id) {
        UserAccount account = load(id);
        if (enrolments.deleteByUserId(id) > 0) {
            recoveryCodes.deleteByUserId(id);
            events.publishEvent(EntityChanged.updated(ENTITY, id, "RESET_TWO_FACTOR", account.snapshot(),
                    account.snapshot()));
        }
    }

    private void checkScope(Long regionId, Set<Long> projectIds) {
        if (regionId != null && directory.regionChoices().stream().noneMatch(r -> r.id().equals(regionId))) {
            throw new DomainException("user.error.unknownRegion");
        }
        Set<Long> known = directory.projectChoices().stream().map(ScopeDirectory.ProjectChoice::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(nullToEmpty(projectIds))) {
            throw new DomainException("user.error.unknownProject");
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(NotFoundException::new);
    }

    private UserRow toRow(UserAccount u) {
        return new UserRow(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getRegionId(), u.getProjectIds(), u.isEnabled(), u.isMustChangePassword(), u.getLockedUntil(),
                u.getLastLoginAt());
    }

    private static String requireDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("user.error.displayNameRequired");
        }
        if (name.trim().length() > 100) {
            throw new DomainException("error.tooLong", 100);
        }
        return name.trim();
    }

    private static Role required(Role role) {
        if (role == null) {
            throw new DomainException("user.error.roleRequired");
        }
        return role;
    }

    private static Set<Long> nullToEmpty(Set<Long> ids) {
        return ids == null ? Set.of() : ids;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
