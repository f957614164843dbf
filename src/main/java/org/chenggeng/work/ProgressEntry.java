package org.chenggeng.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the append-only ledger: a quantity done on a date, or a correction of an earlier line (a signed
 * difference with its reason). Never updated, never deleted.
 */
@Entity
@Immutable
@Table(name = "progress_entry")
class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "work_item_id", nullable = false)
    private Long workItemId;
    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;
    @Column(length = 500)
    private String note;
    @Column(name = "corrects_id")
    private Long correctsId;
    @Column(length = 500)
    private String reason;
    @Column(name = "over_plan", nullable = false)
    private boolean overPlan;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "import_key", length = 64)
    private String importKey;

    protected ProgressEntry() {
    }

    ProgressEntry(Long workItemId, LocalDate workDate, BigDecimal quantity, String note, Long correctsId, String reason,
                  boolean overPlan, String recordedBy, Instant recordedAt, String importKey) {
        this.workItemId = workItemId;
        this.workDate = workDate;
        this.quantity = quantity;
        this.note = note;
        this.correctsId = correctsId;
        this.reason = reason;
        this.overPlan = overPlan;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.importKey = importKey;
    }

    Long getId() {
        return id;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    LocalDate getWorkDate() {
        return workDate;
    }

    BigDecimal getQuantity() {
        return quantity;
    }

    String getNote() {
        return note;
    }

    Long getCorrectsId() {
        return correctsId;
    }

    String getReason() {
        return reason;
    }

    boolean isOverPlan() {
        return overPlan;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
