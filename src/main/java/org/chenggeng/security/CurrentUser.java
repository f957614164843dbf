package org.chenggeng.security;

import org.chenggeng.shared.OutOfScopeException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The acting user as services see it, read fresh from the database on each call so that a disabled account
 * or a changed scope takes effect at once, not at the next login.
 */
@Component
public class CurrentUser {

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(UserAccountRepository users, ApplicationEventPublisher events,
                ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.users = users;
        this.events = events;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * The acting user; refuses when nobody (or a disabled account) is signed in, and while the user must change
     * their password, when they may do nothing else.
     */
    @Transactional(readOnly = true)
    public Actor require() {
        UserAccount account = signedInAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (account.isMustChangePassword()) {
            throw deny(actorOf(account), "password change required");
        }
        return actorOf(account);
    }

    /** The acting user, if one is signed in and free to act (not bound to change their password first). */
    @Transactional(readOnly = true)
    public Optional<Actor> find() {
        return signedInAccount().filter(u -> !u.isMustChangePassword()).map(CurrentUser::actorOf);
    }

    /**
     * The signed-in, enabled account, even one whose password must be changed: for the change itself; not while the
     * session still owes its second factor ({@link SecondFactorGate}), when it is nobody's yet.
     */
    @Transactional(readOnly = true)
    Optional<UserAccount> signedInAccount() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || SecondFactorGate.isPending(auth)) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(auth.getName()).filter(UserAccount::isEnabled);
    }

    private static Actor actorOf(UserAccount u) {
        return new Actor(u.getId(), u.getUsername(), u.getRole(), u.getRegionId(), u.getProjectIds());
    }

    /**
     * Records that the actor tried to reach something outside their scope and refuses it. Services call this
     * rather than throwing directly so that every denial reaches the audit log.
     */
    public AccessDeniedException deny(Actor actor, String what) {
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCESS_DENIED, actor.username(), null, what));
        return new AccessDeniedException(what);
    }

    /**
     * Records that the actor asked for a record outside their scope and refuses it as if it did not exist
     * (decision 2): {@link #deny} for what the actor can see but may not do.
     */
    public OutOfScopeException hide(Actor actor, String what) {
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCESS_DENIED, actor.username(), null, what));
        return new OutOfScopeException(what);
    }
}
