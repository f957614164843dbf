package org.chenggeng.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
 * The acting user as services see it, read fresh from the database for each request so that a disabled account
 * or a changed scope takes effect at once, not at the next login. Within one HTTP request the actor is read once:
 * a Vaadin request asks for it in every service call it makes, dozens of times for one page (decision 0034); any
 * change to an account in the request drops what was read ({@link UserAccount}'s entity listener).
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
        Actor known = known();
        if (known != null) {
            return known;
        }
        UserAccount account = signedInAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (account.isMustChangePassword()) {
            throw deny(actorOf(account), "password change required");
        }
        return remember(actorOf(account));
    }

    /** The acting user, if one is signed in and free to act (not bound to change their password first). */
    @Transactional(readOnly = true)
    public Optional<Actor> find() {
        Actor known = known();
        if (known != null) {
            return Optional.of(known);
        }
        return signedInAccount().filter(u -> !u.isMustChangePassword()).map(CurrentUser::actorOf).map(this::remember);
    }

    /** The actor of this request, read for this request's signed-in user (only ever one free to act). */
    private record Known(String username, Actor actor) {
    }

    private static final String KNOWN = CurrentUser.class.getName() + ".actor";

    private Actor known() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !(request.getAttribute(KNOWN, RequestAttributes.SCOPE_REQUEST) instanceof Known known)) {
            return null;
        }
        Authentication auth = securityContext.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !SecondFactorGate.isPending(auth)
                && known.username().equals(auth.getName()) ? known.actor() : null;
    }

    private Actor remember(Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KNOWN, new Known(securityContext.getContext().getAuthentication().getName(), actor),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** Forgets the actor read in this request: an account changed, and the next call reads it again. */
    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KNOWN, RequestAttributes.SCOPE_REQUEST);
        }
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
