package org.chenggeng.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A project's planned investment from one source, in yuan. A plan, so it is changed in place, with its version. */
@Entity
@Table(name = "funding_plan")
class FundingPlanLine extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;
    @Column(name = "set_by", nullable = false, length = 50)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected FundingPlanLine() {
    }

    FundingPlanLine(Long projectId, Long sourceId) {
        this.projectId = projectId;
        this.sourceId = sourceId;
        this.amount = BigDecimal.ZERO;
    }

    void set(BigDecimal newAmount, String by, Instant at) {
        this.amount = Money.checked(newAmount, false);
        this.setBy = by;
        this.setAt = at;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getSourceId() {
        return sourceId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getSetBy() {
        return setBy;
    }

    Instant getSetAt() {
        return setAt;
    }
}
