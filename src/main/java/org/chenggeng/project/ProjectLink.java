package org.chenggeng.project;

/** A project in scope with one of its compounds ({@code null} for a project without any). */
public record ProjectLink(long projectId, ProjectStatus status, Long compoundId) {
}
