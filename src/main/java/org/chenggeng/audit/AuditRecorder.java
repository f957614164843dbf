package org.chenggeng.audit;

import org.chenggeng.security.SecurityEvent;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.PersonalDataRead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;

/**
 * Turns change, read and security events into audit entries, each with who (the signed-in user, else
 * {@value #SYSTEM}), when, from where (the client address of the request being served, if any), what, its object
 * and its result.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";
    static final String CHANGE = "CHANGE";
    static final String SECURITY = "SECURITY";
    static final String READ = "READ";
    /** The audit log's own operations: export, verify, archive. */
    static final String AUDIT = "AUDIT";

    private final AuditChain chain;
    private final AuditRegions regions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecurityContextHolderStrategy securityContext;

    AuditRecorder(AuditChain chain, AuditRegions regions, Clock clock,
                  ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.chain = chain;
        this.regions = regions;
        this.clock = clock;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Changes are recorded in the changing transaction: if the change rolls back, so does its record. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EntityChanged change) {
        chain.append(new AuditEntry(clock.instant(), actingUser(), CHANGE, change.action(), AuditResult.SUCCESS,
                change.entityType(), String.valueOf(change.entityId()), toJson(change.before()),
                toJson(change.after()), ClientAddress.current(), null).in(regions.of(change)));
    }

    /**
     * A read of residents' personal data, in a transaction of its own: recorded although the read wrote nothing
     * (and although a read-only transaction around it could not write). The detail is how many records it carried.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PersonalDataRead read) {
        String id = read.entityId() == null ? null : String.valueOf(read.entityId());
        Long region = read.entityType() == null || id == null ? null
                : regions.of(new EntityChanged(read.entityType(), id, read.what(), Map.of(),
                "COMPOUND".equals(read.entityType()) ? Map.of("compoundId", id) : Map.of()));
        chain.append(new AuditEntry(clock.instant(), actingUser(), READ, read.what(), AuditResult.SUCCESS,
                read.entityType(), id, null, null, ClientAddress.current(), String.valueOf(read.rows())).in(region));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SecurityEvent event) {
        AuditResult result = switch (event.type()) {
            case LOGIN_FAILURE, ACCOUNT_LOCKED, ACCESS_DENIED, SECOND_FACTOR_FAILURE -> AuditResult.REFUSED;
            case LOGIN_SUCCESS, LOGOUT, SESSION_ENDED_ELSEWHERE, SIGNED_OUT_ELSEWHERE, TOTP_ENROLLED, TOTP_DISABLED,
                 RECOVERY_CODES_GENERATED, RECOVERY_CODE_USED -> AuditResult.SUCCESS;
        };
        String address = event.remoteAddress() != null ? event.remoteAddress() : ClientAddress.current();
        chain.append(new AuditEntry(clock.instant(), event.username() == null || event.username().isBlank()
                ? "?" : event.username(), SECURITY, event.type().name(), result, null, null, null, null, address,
                event.detail()));
    }

    /** Method-security refusals (a role calling a service it may not use). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        String who = auth == null ? "?" : auth.getName();
        chain.append(new AuditEntry(clock.instant(), who, SECURITY, SecurityEvent.Type.ACCESS_DENIED.name(),
                AuditResult.REFUSED, null, null, null, null, ClientAddress.current(), String.valueOf(event.getSource())));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LogoutSuccessEvent event) {
        chain.append(new AuditEntry(clock.instant(), event.getAuthentication().getName(), SECURITY,
                SecurityEvent.Type.LOGOUT.name(), AuditResult.SUCCESS, null, null, null, null, ClientAddress.current(),
                null));
    }

    /**
     * The audit log's own operations (export, verify, archive), recorded in the current transaction; the
     * {@code state} is what the operation covered, shown as its fields.
     */
    void operation(String action, String entityType, String entityId, AuditResult result, Map<String, String> state,
                   String detail) {
        chain.append(new AuditEntry(clock.instant(), actingUser(), AUDIT, action, result, entityType, entityId, null,
                toJson(state), ClientAddress.current(), detail));
    }

    private String actingUser() {
        Authentication auth = securityContext.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }

    private String toJson(Map<String, String> state) {
        return state == null || state.isEmpty() ? null : json.writeValueAsString(state);
    }
}
