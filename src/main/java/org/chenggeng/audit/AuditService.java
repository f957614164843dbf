package org.chenggeng.audit;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reading the audit log, for administrators and officials. */
@Service
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
public class AuditService {

    private final AuditRepository entries;
    private final ZoneId zone = ZoneId.systemDefault();

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** Filters for the audit log; every field is optional, dates are inclusive. */
    public record AuditFilter(String actor, String entityType, String category, LocalDate from, LocalDate to) {
    }

    /** One audit entry as the log shows it. */
    public record AuditRow(Long id, Instant at, String actor, String category, String action, String entityType,
                           String entityId, String before, String after, String remoteAddress, String detail) {

        private static final java.util.regex.Pattern LABEL =
                java.util.regex.Pattern.compile("\"(?:code|username|name)\":\"([^\"]+)\"");

        /** A name people recognise for the changed record (its code, username or name), if its state has one. */
        public String label() {
            for (String state : new String[]{after, before}) {
                if (state != null) {
                    java.util.regex.Matcher m = LABEL.matcher(state);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            return "";
        }
    }

    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, Pageable page) {
        return entries.findAll(spec(filter), page).map(AuditService::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(spec(filter));
    }

    private Specification<AuditEntry> spec(AuditFilter f) {
        Specification<AuditEntry> spec = (root, q, cb) -> cb.conjunction();
        if (f.actor() != null && !f.actor().isBlank()) {
            String like = "%" + f.actor().trim().toLowerCase() + "%";
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("actor")), like));
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("entityType"), f.entityType()));
        }
        if (f.category() != null && !f.category().isBlank()) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("category"), f.category()));
        }
        if (f.from() != null) {
            Instant start = f.from().atStartOfDay(zone).toInstant();
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
        }
        if (f.to() != null) {
            Instant end = f.to().plusDays(1).atStartOfDay(zone).toInstant();
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("occurredAt"), end));
        }
        return spec;
    }

    private static AuditRow toRow(AuditEntry e) {
        return new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(), e.getCategory(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getBeforeState(), e.getAfterState(), e.getRemoteAddress(),
                e.getDetail());
    }
}
