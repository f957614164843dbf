package org.chenggeng.project;

/** The lifecycle of a project, in order: 谋划 → 征询 → 立项 → 施工 → 完工 → 验收 → 移交长效管理. */
public enum ProjectStatus {
    PLANNING, CONSULTING, APPROVED, IN_PROGRESS, COMPLETED, ACCEPTED, HANDED_OVER;

    /** The status a project moves to next, or null at the end of the lifecycle. */
    public ProjectStatus next() {
        return this == HANDED_OVER ? null : values()[ordinal() + 1];
    }

    public String labelKey() {
        return "project.status." + name();
    }
}
