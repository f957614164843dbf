package org.chenggeng.project;

/**
 * A project was created, or changed in what reports group it by: status, year, planned dates or compounds. Published
 * inside the changing transaction, so listeners can keep their summaries in step with it.
 */
public record ProjectChanged(long projectId) {
}
