/**
 * What is renovated and how far it has come: the catalogue of work types (with the phrase parts the narrative
 * report needs), the work items planned in a project, and the append-only progress ledger with its
 * corrections and monthly period locks. The completed quantity of a work item is kept in the same
 * transaction as each ledger entry, so reading progress never has to sum the whole ledger; so are the summary
 * tables the dashboard reads ({@link org.chenggeng.work.Rollups}, {@link org.chenggeng.work.RollupReadService},
 * rebuilt and verified by {@link org.chenggeng.work.RollupCheck}).
 */
package org.chenggeng.work;
