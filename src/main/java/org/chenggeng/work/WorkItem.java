package org.chenggeng.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A work type planned in a project, and the running total of its ledger. Its plan can change freely until the
 * first progress is logged; after that it can only be retired with a reason. Every ledger line goes through
 * {@link #log} or {@link #correct}, which keep {@code completedQuantity} equal to the sum of the entries and
 * never below zero.
 */
@Entity
@Table(name = "work_item")
class WorkItem extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "work_type_id", nullable = false)
    private Long workTypeId;
    @Column(name = "planned_quantity", nullable = false, precision = 14, scale = 2)
    private BigDecimal plannedQuantity;
    @Column(name = "completed_quantity", nullable = false, precision = 16, scale = 2)
    private BigDecimal completedQuantity = BigDecimal.ZERO.setScale(2);
    @Column(name = "entry_count", nullable = false)
    private int entryCount;
    @Column(name = "location_note", length = 500)
    private String locationNote;
    @Column(precision = 16, scale = 2)
    private BigDecimal budget;
    @Column(name = "planned_start")
    private LocalDate plannedStart;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(nullable = false)
    private boolean retired;
    @Column(name = "retired_reason", length = 500)
    private String retiredReason;
    @Column(name = "import_key", length = 64)
    private String importKey;

    protected WorkItem() {
    }

    WorkItem(Long projectId, WorkItemData data, Unit unit, String importKey) {
        this.projectId = projectId;
        this.importKey = importKey;
        apply(data, unit);
    }

    void update(WorkItemData data, Unit unit) {
        if (retired) {
            throw new DomainException("workItem.error.retired");
        }
        if (entryCount > 0) {
            throw new DomainException("workItem.error.hasProgress");
        }
        apply(data, unit);
    }

    private void apply(WorkItemData data, Unit unit) {
        if (data.workTypeId() == null) {
            throw new DomainException("workItem.error.typeRequired");
        }
        BigDecimal planned = Quantities.notNegative(data.plannedQuantity(), unit);
        if (planned.signum() == 0) {
            throw new DomainException("workItem.error.plannedPositive");
        }
        if (data.budget() != null && (data.budget().signum() < 0 || data.budget().stripTrailingZeros().scale() > 2)) {
            throw new DomainException("project.error.budget");
        }
        if (data.plannedStart() != null && data.plannedEnd() != null && data.plannedEnd().isBefore(data.plannedStart())) {
            throw new DomainException("project.error.plannedDates");
        }
        if (data.locationNote() != null && data.locationNote().length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        this.workTypeId = data.workTypeId();
        this.plannedQuantity = planned;
        this.locationNote = data.locationNote() == null || data.locationNote().isBlank() ? null : data.locationNote().trim();
        this.budget = data.budget();
        this.plannedStart = data.plannedStart();
        this.plannedEnd = data.plannedEnd();
    }

    void retire(String reason) {
        if (retired) {
            throw new DomainException("workItem.error.retired");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("workItem.error.retireReason");
        }
        this.retired = true;
        this.retiredReason = reason.trim().length() > 500 ? reason.trim().substring(0, 500) : reason.trim();
    }

    /**
     * Records work done. Going past the plan is allowed only when {@code overrunConfirmed}; the entry is then
     * flagged.
     */
    ProgressEntry log(LocalDate date, BigDecimal quantity, String note, Unit unit, boolean overrunConfirmed,
                      String who, Instant now, String importKey) {
        if (retired) {
            throw new DomainException("workItem.error.retired");
        }
        BigDecimal q = Quantities.positive(quantity, unit);
        BigDecimal after = Quantities.total(completedQuantity.add(q));
        boolean over = after.compareTo(plannedQuantity) > 0;
        if (over && !overrunConfirmed) {
            throw new OverrunNeedsConfirmation(plannedQuantity, after);
        }
        completedQuantity = after;
        entryCount++;
        return new ProgressEntry(getId(), date, q, trim(note), null, null, over, who, now, importKey);
    }

    /**
     * Corrects an earlier entry whose quantity now counts as {@code currentlyCounted} (after earlier
     * corrections) to {@code rightQuantity}, by appending the difference with a reason.
     */
    ProgressEntry correct(ProgressEntry original, BigDecimal currentlyCounted, BigDecimal rightQuantity, String reason,
                          Unit unit, boolean overrunConfirmed, String who, Instant now) {
        if (!getId().equals(original.getWorkItemId()) || original.getCorrectsId() != null) {
            throw new DomainException("progress.error.notCorrectable");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("progress.error.reasonRequired");
        }
        BigDecimal right = Quantities.notNegative(rightQuantity, unit);
        BigDecimal delta = right.subtract(currentlyCounted);
        if (delta.signum() == 0) {
            throw new DomainException("progress.error.nothingToCorrect");
        }
        BigDecimal after = Quantities.total(completedQuantity.add(delta));
        if (after.signum() < 0) {
            throw new DomainException("progress.error.belowZero");
        }
        boolean over = after.compareTo(plannedQuantity) > 0;
        if (over && delta.signum() > 0 && !overrunConfirmed) {
            throw new OverrunNeedsConfirmation(plannedQuantity, after);
        }
        completedQuantity = after;
        entryCount++;
        return new ProgressEntry(getId(), original.getWorkDate(), delta, null, original.getId(), trim(reason), over,
                who, now, null);
    }

    private static String trim(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.trim().length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        return s.trim();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("workTypeId", workTypeId)
                .put("plannedQuantity", plannedQuantity.toPlainString()).put("locationNote", locationNote)
                .put("budget", budget == null ? null : budget.toPlainString()).put("plannedStart", plannedStart)
                .put("plannedEnd", plannedEnd).put("retired", retired).put("retiredReason", retiredReason).toMap();
    }

    String getImportKey() {
        return importKey;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getWorkTypeId() {
        return workTypeId;
    }

    BigDecimal getPlannedQuantity() {
        return plannedQuantity;
    }

    BigDecimal getCompletedQuantity() {
        return completedQuantity;
    }

    int getEntryCount() {
        return entryCount;
    }

    String getLocationNote() {
        return locationNote;
    }

    BigDecimal getBudget() {
        return budget;
    }

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    boolean isRetired() {
        return retired;
    }

    String getRetiredReason() {
        return retiredReason;
    }
}
