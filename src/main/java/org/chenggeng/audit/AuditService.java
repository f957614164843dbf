package org.chenggeng.audit;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionScope;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Reading the audit log. The audit administrator (审计管理员) reads and exports every entry as recorded. Officials
 * read the entries of records in their own region (and their own security events), without feedback text, answers
 * or household identities: the screens show them those as figures only, and the audit log must not show more (see
 * {@link AuditRedaction}).
 */
@Service
@RolesAllowed({Roles.AUDIT_ADMIN, Roles.OFFICIAL})
public class AuditService {

    /** A page asked for without an order reads the newest entries first, as the log shows them. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "seq");

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final RegionScope regionScope;
    private final AuditRecorder recorder;
    private final ZoneId zone;

    AuditService(AuditRepository entries, CurrentUser currentUser, RegionScope regionScope, AuditRecorder recorder,
                 Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.regionScope = regionScope;
        this.recorder = recorder;
        this.zone = clock.getZone();
    }

    /** Filters for the audit log; every field is optional, dates are inclusive. */
    public record AuditFilter(String actor, String entityType, String category, LocalDate from, LocalDate to,
                              AuditResult result) {

        public AuditFilter(String actor, String entityType, String category, LocalDate from, LocalDate to) {
            this(actor, entityType, category, from, to, null);
        }
    }

    /**
     * One audit entry as the log shows it: its place in the chain, when, who, from which address (none: the
     * system's own work), what, its object and its result.
     */
    public record AuditRow(Long id, long seq, Instant at, String actor, String category, String action,
                           AuditResult result, String entityType, String entityId, String before, String after,
                           String remoteAddress, String detail) {

        /** The fields of the changed record with their values before and after, in the order the record has them. */
        public List<AuditRedaction.Field> fields() {
            return AuditRedaction.fields(before, after);
        }

        /** A name people recognise for the changed record (its code, username or name), if its state has one. */
        public String label() {
            return AuditRedaction.label(before, after);
        }
    }

    /** A page of the entries the signed-in user may read that match the filter. */
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, Pageable page) {
        Actor actor = currentUser.require();
        Pageable newestFirst = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return entries.findAll(spec(filter).and(readableBy(actor)), newestFirst)
                .map(e -> toRow(e, !readsAll(actor))).getContent();
    }

    /** How many entries the signed-in user may read match the filter. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(spec(filter).and(readableBy(currentUser.require())));
    }

    /** An official: entries placed in their region or below it, and their own security events. */
    /**
     * The whole log as CSV (UTF-8 with a BOM, for Excel): every entry matching the filter in chain order, each
     * field as recorded with its sequence and hashes, no cell a formula. The export is itself recorded.
     */
    @Transactional
    @RolesAllowed(Roles.AUDIT_ADMIN)
    public byte[] exportCsv(AuditFilter filter) {
        AuditCsv.Export csv = AuditCsv.write(page -> entries.findAll(spec(filter),
                PageRequest.of(page, 1000, Sort.by("seq"))).getContent());
        recorder.operation("EXPORT", null, null, AuditResult.SUCCESS, java.util.Map.of("rows",
                String.valueOf(csv.rows())), describe(filter));
        return csv.bytes();
    }

    private static boolean readsAll(Actor actor) {
        return actor.is(org.chenggeng.security.Role.AUDIT_ADMIN);
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        for (Object[] part : new Object[][]{{"actor", f.actor()}, {"entity", f.entityType()},
                {"category", f.category()}, {"from", f.from()}, {"to", f.to()}, {"result", f.result()}}) {
            if (part[1] != null && !String.valueOf(part[1]).isBlank()) {
                s.append(s.isEmpty() ? "" : ", ").append(part[0]).append('=').append(part[1]);
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    private Specification<AuditEntry> readableBy(Actor actor) {
        if (readsAll(actor)) {
            return (root, q, cb) -> cb.conjunction();
        }
        java.util.Set<Long> within = regionScope.within(actor.regionId());
        String self = actor.username();
        return (root, q, cb) -> {
            var own = cb.and(cb.equal(root.get("category"), "SECURITY"), cb.equal(root.get("actor"), self));
            return within.isEmpty() ? own : cb.or(root.get("regionId").in(within), own);
        };
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
        if (f.result() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("result"), f.result().name()));
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

    private static AuditRow toRow(AuditEntry e, boolean redact) {
        if (redact) {
            return new AuditRow(e.getId(), e.getSeq(), e.getOccurredAt(), e.getActor(), e.getCategory(),
                    e.getAction(), e.getResult(), e.getEntityType(),
                    AuditRedaction.entityId(e.getEntityType(), e.getEntityId()),
                    AuditRedaction.state(e.getEntityType(), e.getBeforeState()),
                    AuditRedaction.state(e.getEntityType(), e.getAfterState()),
                    e.getRemoteAddress(), e.getDetail());
        }
        return new AuditRow(e.getId(), e.getSeq(), e.getOccurredAt(), e.getActor(), e.getCategory(), e.getAction(),
                e.getResult(), e.getEntityType(), e.getEntityId(), e.getBeforeState(), e.getAfterState(),
                e.getRemoteAddress(), e.getDetail());
    }
}
