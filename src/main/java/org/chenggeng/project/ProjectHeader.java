package org.chenggeng.project;

/** A project's code, name and status: what a list of the projects behind a figure shows. */
public record ProjectHeader(long id, String code, String name, ProjectStatus status) {
}
