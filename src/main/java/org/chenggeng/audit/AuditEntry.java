package org.chenggeng.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the audit log; written once, never changed. It takes its place in the hash chain ({@link #chain})
 * just before it is written, when its transaction commits (see {@link AuditChain}); it has no setters, and
 * Hibernate ignores changes to an {@code @Immutable} entity.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int STATE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "entity_type", length = 40)
    private String entityType;

    @Column(name = "entity_id", length = 40)
    private String entityId;

    @Column(name = "before_state", length = STATE_LENGTH)
    private String beforeState;

    @Column(name = "after_state", length = STATE_LENGTH)
    private String afterState;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(length = 500)
    private String detail;

    @Column(name = "region_id")
    private Long regionId;

    @Column(nullable = false, length = 10)
    private String result;

    /** The entry's place in the chain: 1, 2, 3 … without gaps; the id only says where the database put it. */
    @Column(nullable = false, unique = true)
    private Long seq;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String category, String action, AuditResult result,
               String entityType, String entityId, String beforeState, String afterState, String remoteAddress,
               String detail) {
        this.occurredAt = AuditHash.stored(occurredAt);
        this.result = result.name();
        this.actor = cut(actor, 50);
        this.category = category;
        this.action = cut(action, 40);
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = cut(beforeState, STATE_LENGTH);
        this.afterState = cut(afterState, STATE_LENGTH);
        this.remoteAddress = cut(remoteAddress, 64);
        this.detail = cut(detail, 500);
    }

    /** The entry as belonging to a region (the lowest region holding the changed record); see AuditRegions. */
    AuditEntry in(Long region) {
        if (seq != null) {
            throw new IllegalStateException("audit entry already chained at " + seq);
        }
        this.regionId = region;
        return this;
    }

    /** Gives the entry its place after the entry whose hash is {@code previous}; once only, before it is saved. */
    AuditEntry chain(long seq, String previous) {
        if (this.seq != null) {
            throw new IllegalStateException("audit entry already chained at " + this.seq);
        }
        this.seq = seq;
        this.prevHash = previous;
        this.hash = AuditHash.of(fields());
        return this;
    }

    AuditHash.Fields fields() {
        return new AuditHash.Fields(seq, occurredAt, actor, category, action, result, entityType, entityId, regionId,
                remoteAddress, detail, beforeState, afterState, prevHash);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getCategory() {
        return category;
    }

    String getAction() {
        return action;
    }

    String getEntityType() {
        return entityType;
    }

    String getEntityId() {
        return entityId;
    }

    String getBeforeState() {
        return beforeState;
    }

    String getAfterState() {
        return afterState;
    }

    String getRemoteAddress() {
        return remoteAddress;
    }

    Long getRegionId() {
        return regionId;
    }

    String getDetail() {
        return detail;
    }

    AuditResult getResult() {
        return AuditResult.valueOf(result);
    }

    Long getSeq() {
        return seq;
    }

    String getPrevHash() {
        return prevHash;
    }

    String getHash() {
        return hash;
    }
}
