/**
 * Inspections and issues in the JSON API: a project's inspections and issues, one issue with its way, and the
 * project manager's answer (the rectification, as text) through {@link org.chenggeng.inspection.IssueService}, with
 * the same scope, roles and refusals as on screen and an Idempotency-Key on the write (decision 13).
 */
package org.chenggeng.inspection.api;
