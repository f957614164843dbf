package org.chenggeng.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spring Security's registry of signed-in sessions, which counts them for the session limit, plus what the profile
 * page lists of each (when and from where it signed in, with which browser) and the session itself, so that a session
 * the limit or "sign out elsewhere" ends is ended at once: its screens are told, and it is invalidated. Spring's own
 * way only marks it expired until its next request, which a screen that merely shows data need not send.
 * In memory, per instance: with several instances behind sticky sessions each counts its own (decision 0028).
 */
@Component
class TrackedSessionRegistry extends SessionRegistryImpl {

    /** What a session was signed in with; {@code session} is null where it was registered outside a request. */
    record Tracked(HttpSession session, Instant signedInAt, String address, String userAgent) {
    }

    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrackedSessionRegistry(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a session that has just signed in, after Spring's session limit has marked the sessions it is one
     * too many for as expired: those are ended here, in the sign-in's own request.
     */
    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest() : null;
        HttpSession session = request == null ? null : request.getSession(false);
        String address = request == null ? null : request.getRemoteAddr();
        tracked.put(sessionId, new Tracked(session != null && session.getId().equals(sessionId) ? session : null,
                clock.instant(), address, request == null ? null : request.getHeader("User-Agent")));
        for (SessionInformation older : getAllSessions(principal, true)) {
            if (older.isExpired() && !older.getSessionId().equals(sessionId)) {
                Tracked ended = end(older.getSessionId(), SessionEnding.Reason.SIGNED_IN_ELSEWHERE, address);
                events.publishEvent(new SecurityEvent(SecurityEvent.Type.SESSION_ENDED_ELSEWHERE, nameOf(principal),
                        address, ended == null ? null : "signed in at " + ended.signedInAt() + " from "
                        + ended.address()));
            }
        }
    }

    /** A session keeps what it signed in with when the container gives it a new id. */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        Tracked before = event instanceof SessionIdChangedEvent changed
                ? tracked.get(changed.getOldSessionId()) : null;
        super.onApplicationEvent(event);
        if (before != null) {
            tracked.put(((SessionIdChangedEvent) event).getNewSessionId(), before);
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        tracked.remove(sessionId);
    }

    /** The live sessions of a user, by name, however the principal of each was given. */
    List<SessionInformation> sessionsOf(String username) {
        return getAllPrincipals().stream().filter(p -> nameOf(p).equalsIgnoreCase(username))
                .flatMap(p -> getAllSessions(p, false).stream()).toList();
    }

    Tracked tracked(String sessionId) {
        return tracked.get(sessionId);
    }

    /**
     * Ends a session: marks it expired (so that its next request is refused even where it cannot be reached), tells
     * its screens, invalidates it and forgets it. Returns what it had signed in with, if known.
     */
    Tracked end(String sessionId, SessionEnding.Reason reason, String byAddress) {
        SessionInformation info = getSessionInformation(sessionId);
        if (info != null) {
            info.expireNow();
        }
        Tracked ended = tracked.get(sessionId);
        if (ended != null && ended.session() != null) {
            events.publishEvent(new SessionEnding(ended.session(), reason, byAddress));
            try {
                ended.session().invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the container ended it meanwhile
            }
            removeSessionInformation(sessionId);
        }
        return ended;
    }

    static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
