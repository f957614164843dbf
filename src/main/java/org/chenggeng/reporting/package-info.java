/**
 * What officials come for: roll-ups of the work done (by region, project, category, report section and work type,
 * for any period), the narrative sentence such reports are written around, the report document and its exports.
 * A read-only module: it asks the project, work, summary and consultation modules' services, which apply each
 * user's scope; the dashboard's figures come from the summary module's {@code RollupReadService}.
 */
package org.chenggeng.reporting;
