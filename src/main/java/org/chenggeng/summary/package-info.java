/**
 * The summary tables the dashboard reads at district scale ({@code project_rollup}, {@code project_month},
 * {@code rollup_cell}, {@code rollup_type}, {@code rollup_month}, {@code rollup_community}), and nothing else's
 * tables: what changed comes in events published inside the writing transaction ({@code work.WorkItemsChanged} with
 * the items' states before and after, {@code project.ProjectChanged} with where the project is summed now), heard by
 * synchronous listeners ({@link org.chenggeng.summary.Rollups}) so that the sums commit with the change. Counting a
 * project afresh or rebuilding asks the work and project modules' components for items and placements.
 * {@link org.chenggeng.summary.RollupReadService} is the only way in for readers (the reporting module) and applies
 * the user's scope; {@link org.chenggeng.summary.RollupCheck} rebuilds and verifies the tables
 * ({@code --rollups=verify|rebuild}). See decision 0017.
 */
package org.chenggeng.summary;
