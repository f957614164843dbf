package org.chenggeng.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.util.Map;

/**
 * A region's form for a month as it was sent: the figures (JSON) never change after submission; only the decision
 * of the level above is added, once. A correction is sent as a new submission.
 */
@Entity
@Table(name = "statistics_submission")
class StatisticsSubmission extends BaseEntity {

    /** Characters of JSON: a form of some 30 rows; within MySQL's row size at four bytes a character. */
    static final int FIGURES_LENGTH = 12000;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "period", nullable = false, length = 7, updatable = false)
    private String period;

    @Column(name = "figures", nullable = false, updatable = false, length = FIGURES_LENGTH)
    private String figures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status;

    @Column(name = "submitted_by", nullable = false, length = 100, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    protected StatisticsSubmission() {
    }

    StatisticsSubmission(Long regionId, String period, String figures, String by, Instant at) {
        this.regionId = regionId;
        this.period = period;
        this.figures = figures;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = SubmissionStatus.SUBMITTED;
    }

    void accept(String by, Instant at) {
        decide(SubmissionStatus.ACCEPTED, by, at, null);
    }

    void giveBack(String by, Instant at, String why) {
        if (why == null || why.isBlank()) {
            throw new DomainException("statistics.error.reasonRequired");
        }
        if (why.strip().length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        decide(SubmissionStatus.RETURNED, by, at, why.strip());
    }

    private void decide(SubmissionStatus to, String by, Instant at, String why) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new DomainException("statistics.error.decided");
        }
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("regionId", regionId).put("period", period).put("status", status)
                .put("reason", reason).toMap();
    }

    Long getRegionId() {
        return regionId;
    }

    String getPeriod() {
        return period;
    }

    String getFigures() {
        return figures;
    }

    SubmissionStatus getStatus() {
        return status;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    String getReason() {
        return reason;
    }
}
