package org.chenggeng.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log; written once, never changed. */
@Entity
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

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String category, String action, String entityType, String entityId,
               String beforeState, String afterState, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
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
        this.regionId = region;
        return this;
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
}
