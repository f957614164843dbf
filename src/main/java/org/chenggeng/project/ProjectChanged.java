package org.chenggeng.project;

/**
 * A project was created, or changed in what reports group it by: status, year, planned dates or compounds (its own,
 * or one of them moved to another community). Published inside the changing transaction, and carrying where the
 * project stands now, so that listeners keep their summaries in step with it without reading the project's tables.
 */
public record ProjectChanged(ProjectPlacement now) {

    public long projectId() {
        return now.projectId();
    }
}
