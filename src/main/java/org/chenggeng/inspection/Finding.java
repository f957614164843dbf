package org.chenggeng.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One thing an inspection found, with the work items it concerns; its photos are evidence of the finding. */
@Entity
@Table(name = "finding")
class Finding extends BaseEntity {

    @Column(name = "inspection_id", nullable = false)
    private Long inspectionId;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false, length = 1000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_work_item", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "work_item_id")
    private Set<Long> workItemIds = new HashSet<>();

    protected Finding() {
    }

    Finding(long inspectionId, long projectId, int sortOrder, FindingData data) {
        if (data.description() == null || data.description().isBlank()) {
            throw new DomainException("inspection.error.findingDescription");
        }
        if (data.description().strip().length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        this.inspectionId = inspectionId;
        this.projectId = projectId;
        this.sortOrder = sortOrder;
        this.description = data.description().strip();
        this.workItemIds = new HashSet<>(data.workItemIds());
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("inspectionId", inspectionId)
                .put("description", description).put("workItemIds", new TreeSet<>(workItemIds)).toMap();
    }

    Long getInspectionId() {
        return inspectionId;
    }

    Long getProjectId() {
        return projectId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    String getDescription() {
        return description;
    }

    Set<Long> getWorkItemIds() {
        return Set.copyOf(workItemIds);
    }
}
