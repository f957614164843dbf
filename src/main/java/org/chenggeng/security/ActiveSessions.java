package org.chenggeng.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The signed-in user's own sessions, as the profile page lists them, and "sign out elsewhere", which ends every one
 * of them but the session asking (decision 0028). Sessions are the web UI's; the API's tokens have none.
 */
@Service
public class ActiveSessions {

    private final TrackedSessionRegistry registry;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;

    ActiveSessions(TrackedSessionRegistry registry, ApplicationEventPublisher events,
                   ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.registry = registry;
        this.events = events;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** One session: {@code current} is the one asking; address and browser are as it signed in. */
    public record SessionRow(boolean current, Instant signedInAt, Instant lastRequest, String address,
                             String userAgent) {
    }

    /** The user's live sessions, the asking one first, then the most recently used. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionRow> mine(String currentSessionId) {
        return registry.sessionsOf(username()).stream().map(s -> toRow(s, currentSessionId))
                .sorted(Comparator.comparing(SessionRow::current).reversed()
                        .thenComparing(SessionRow::lastRequest, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends every session of the user's but {@code currentSessionId}; returns how many it ended. */
    @PreAuthorize("isAuthenticated()")
    public int signOutElsewhere(String currentSessionId) {
        String username = username();
        TrackedSessionRegistry.Tracked asking = registry.tracked(currentSessionId);
        String address = asking == null ? null : asking.address();
        List<SessionInformation> others = registry.sessionsOf(username).stream()
                .filter(s -> !s.getSessionId().equals(currentSessionId)).toList();
        others.forEach(s -> registry.end(s.getSessionId(), SessionEnding.Reason.SIGNED_OUT_ELSEWHERE, address));
        if (!others.isEmpty()) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.SIGNED_OUT_ELSEWHERE, username, address,
                    others.size() + " session(s)"));
        }
        return others.size();
    }

    private SessionRow toRow(SessionInformation session, String currentSessionId) {
        TrackedSessionRegistry.Tracked t = registry.tracked(session.getSessionId());
        Instant lastRequest = session.getLastRequest().toInstant();
        return t == null
                ? new SessionRow(session.getSessionId().equals(currentSessionId), null, lastRequest, null, null)
                : new SessionRow(session.getSessionId().equals(currentSessionId), t.signedInAt(), lastRequest,
                        t.address(), t.userAgent());
    }

    private String username() {
        return securityContext.getContext().getAuthentication().getName();
    }
}
