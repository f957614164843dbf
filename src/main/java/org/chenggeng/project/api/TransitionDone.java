package org.chenggeng.project.api;

import org.chenggeng.project.ProjectStatus;

/** A project after a lifecycle step: its new status and version. */
record TransitionDone(Long projectId, ProjectStatus status, long version) {
}
