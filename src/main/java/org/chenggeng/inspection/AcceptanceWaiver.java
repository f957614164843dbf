package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.util.Map;

/**
 * An official's recorded exception to the per-household acceptance of a project (households that cannot be visited,
 * say): with its reason and how many households were still not accepted then, it lets 验收 go ahead without them.
 */
@Entity
@Table(name = "acceptance_waiver")
class AcceptanceWaiver extends BaseEntity {

    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "households_open", nullable = false)
    private int householdsOpen;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AcceptanceWaiver() {
    }

    AcceptanceWaiver(long projectId, String reason, int householdsOpen, String recordedBy, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("household.waiver.error.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        this.projectId = projectId;
        this.reason = reason.strip();
        this.householdsOpen = householdsOpen;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("reason", reason).put("householdsOpen", householdsOpen)
                .toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    String getReason() {
        return reason;
    }

    int getHouseholdsOpen() {
        return householdsOpen;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
