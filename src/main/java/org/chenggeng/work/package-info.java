/**
 * What is renovated and how far it has come: the catalogue of work types (with the phrase parts the narrative
 * report needs), the work items planned in a project, and the append-only progress ledger with its
 * corrections and monthly period locks. The completed quantity of a work item is kept in the same
 * transaction as each ledger entry, and so is each item's ledger summed per month ({@code item_month},
 * {@link org.chenggeng.work.ItemChanges}), so reading progress never has to sum the whole ledger. Every change to
 * items is announced in the writing transaction as a {@link org.chenggeng.work.WorkItemsChanged} carrying their states
 * before and after; the summary module sums the dashboard's tables from it, and asks
 * {@link org.chenggeng.work.WorkItemStates} and {@link org.chenggeng.work.LedgerCheck} when it counts afresh.
 */
package org.chenggeng.work;
