package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What every signed-in user may do with their own account: password and language. */
@Service
public class AccountService {

    /** The languages the UI offers, Chinese first. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;
    private final PasswordChanges passwords;
    private final PasswordPolicy policy;
    private final Clock clock;

    AccountService(UserAccountRepository users, CurrentUser currentUser, PasswordEncoder encoder,
                   ApplicationEventPublisher events, ObjectProvider<SecurityContextHolderStrategy> securityContext,
                   PasswordChanges passwords, PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.events = events;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * The signed-in user's own account, as the profile page shows it; {@code passwordExpired} says why a password
     * must be changed: it is too old, rather than set by an administrator.
     */
    public record MyAccount(String username, String displayName, Role role, Locale locale,
                            boolean mustChangePassword, boolean passwordExpired) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyAccount me() {
        UserAccount u = mine();
        return new MyAccount(u.getUsername(), u.getDisplayName(), u.getRole(), toLocale(u.getLocale()),
                u.isMustChangePassword(), policy.isExpired(u.getPasswordChangedAt(), clock.instant()));
    }

    /** The rules a new password must meet, for the form that asks for one. */
    public PasswordPolicy.Rules passwordRules() {
        return policy.rules();
    }

    /** The signed-in user's language, if anyone is signed in; used when a UI starts. */
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return currentUser.signedInAccount().map(u -> toLocale(u.getLocale()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Locale locale) {
        UserAccount u = mine();
        u.chooseLocale(toTag(locale));
    }

    /**
     * Changes the signed-in user's own password, if the new one meets every rule of the {@link PasswordPolicy}
     * (otherwise the refusal names the rule, and nothing changes). This is all a user whose password must be changed
     * may do; once it is done, the session gets the user's role (see {@link PasswordChangeGate}).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount u = mine();
        if (currentPassword == null || !encoder.matches(currentPassword, u.getPasswordHash())) {
            throw new DomainException("password.error.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new DomainException("password.error.unchanged");
        }
        Map<String, String> before = u.snapshot();
        passwords.change(u, newPassword, false);
        events.publishEvent(EntityChanged.updated("USER", u.getId(), "CHANGE_PASSWORD", before, u.snapshot()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                grantRole(u);
            }
        });
    }

    /** Once the new password is stored, the session may act with the role the account has. */
    private void grantRole(UserAccount u) {
        SecurityContext context = securityContext.getContext();
        Authentication signedIn = context.getAuthentication();
        if (PasswordChangeGate.isDue(signedIn)) {
            UsernamePasswordAuthenticationToken withRole = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.getPrincipal(), null, PasswordChangeGate.withRole(signedIn, u));
            withRole.setDetails(signedIn.getDetails());
            context.setAuthentication(withRole);
        }
    }

    public static Locale toLocale(String tag) {
        return "en".equals(tag) ? ENGLISH : CHINESE;
    }

    public static String toTag(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh_CN";
    }

    private UserAccount mine() {
        return currentUser.signedInAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
