package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work item done inside homes (windows, pipes, wiring), which every household of the project accepts at its door. */
@Entity
@Table(name = "in_home_item")
class InHomeItem {

    @Id
    @Column(name = "work_item_id")
    private Long workItemId;
    @Column(name = "project_id", nullable = false)
    private Long projectId;

    protected InHomeItem() {
    }

    InHomeItem(long workItemId, long projectId) {
        this.workItemId = workItemId;
        this.projectId = projectId;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    Long getProjectId() {
        return projectId;
    }
}
