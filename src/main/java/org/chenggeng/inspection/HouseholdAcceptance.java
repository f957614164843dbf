package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A household's acceptance of the in-home works (分户验收), as its latest visit left it: accepted, with defects or
 * refused, the note, and the resident's confirmation (a paper form's number or a drawn signature, the latter an
 * evidence attachment). Accepted and with-defects need the resident's confirmation; a refusal needs the reason. A
 * later visit replaces the result; the audit log keeps every visit.
 */
@Entity
@Table(name = "household_acceptance")
class HouseholdAcceptance extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "household_id", nullable = false)
    private Long householdId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DoorResult result;
    @Column(length = 500)
    private String note;
    @Column(name = "form_number", length = 40)
    private String formNumber;
    @Column(nullable = false)
    private boolean signed;
    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean sample;

    protected HouseholdAcceptance() {
    }

    HouseholdAcceptance(long projectId, long householdId, boolean sample) {
        this.projectId = projectId;
        this.householdId = householdId;
        this.sample = sample;
    }

    /** Records a visit; {@code signed} when a drawn signature comes with it. */
    void visit(DoorResult result, String note, String formNumber, boolean signed, LocalDate today, String who,
               Instant now) {
        if (result == null) {
            throw new DomainException("household.acceptance.error.resultRequired");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        String form = formNumber == null || formNumber.isBlank() ? null : formNumber.strip();
        if (n != null && n.length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        if (form != null && form.length() > 40) {
            throw new DomainException("error.tooLong", 40);
        }
        if (result == DoorResult.REFUSED && n == null) {
            throw new DomainException("household.acceptance.error.reasonRequired");
        }
        if (result == DoorResult.DEFECTS && n == null) {
            throw new DomainException("household.acceptance.error.defectsRequired");
        }
        if (result != DoorResult.REFUSED && form == null && !signed) {
            throw new DomainException("household.acceptance.error.confirmationRequired");
        }
        this.result = result;
        this.note = n;
        this.formNumber = form;
        this.signed = signed;
        this.visitedOn = today;
        this.recordedBy = who;
        this.recordedAt = now;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("householdId", householdId).put("result", result)
                .put("note", note).put("formNumber", formNumber).put("signed", signed).put("visitedOn", visitedOn)
                .toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    Long getHouseholdId() {
        return householdId;
    }

    DoorResult getResult() {
        return result;
    }

    String getNote() {
        return note;
    }

    String getFormNumber() {
        return formNumber;
    }

    boolean isSigned() {
        return signed;
    }

    LocalDate getVisitedOn() {
        return visitedOn;
    }

    String getRecordedBy() {
        return recordedBy;
    }
}
