/**
 * Renewal and renovation projects (更新改造项目): their compounds, budget, dates and lifecycle from planning to
 * hand-over, with every transition recorded. Scope rules live in {@link org.chenggeng.project.ProjectScope}:
 * officials and committee members see projects touching their region, project managers only their own.
 */
package org.chenggeng.project;
