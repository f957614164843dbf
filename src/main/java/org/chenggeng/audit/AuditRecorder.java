package org.chenggeng.audit;

import org.chenggeng.security.SecurityEvent;
import org.chenggeng.shared.EntityChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;

/** Turns change and security events into audit entries. */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final AuditRepository entries;
    private final AuditRegions regions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private final SecurityContextHolderStrategy securityContext;

    AuditRecorder(AuditRepository entries, AuditRegions regions, Clock clock,
                  ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.entries = entries;
        this.regions = regions;
        this.clock = clock;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Changes are recorded in the changing transaction: if the change rolls back, so does its record. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EntityChanged change) {
        entries.save(new AuditEntry(clock.instant(), actingUser(), "CHANGE", change.action(), change.entityType(),
                String.valueOf(change.entityId()), toJson(change.before()), toJson(change.after()), null, null)
                .in(regions.of(change)));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SecurityEvent event) {
        entries.save(new AuditEntry(clock.instant(), event.username() == null || event.username().isBlank()
                ? "?" : event.username(), "SECURITY", event.type().name(), null, null, null, null,
                event.remoteAddress(), event.detail()));
    }

    /** Method-security refusals (a role calling a service it may not use). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        String who = auth == null ? "?" : auth.getName();
        entries.save(new AuditEntry(clock.instant(), who, "SECURITY", SecurityEvent.Type.ACCESS_DENIED.name(), null,
                null, null, null, null, String.valueOf(event.getSource())));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LogoutSuccessEvent event) {
        entries.save(new AuditEntry(clock.instant(), event.getAuthentication().getName(), "SECURITY",
                SecurityEvent.Type.LOGOUT.name(), null, null, null, null, null, null));
    }

    private String actingUser() {
        Authentication auth = securityContext.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }

    private String toJson(Map<String, String> state) {
        return state == null || state.isEmpty() ? null : json.writeValueAsString(state);
    }
}
