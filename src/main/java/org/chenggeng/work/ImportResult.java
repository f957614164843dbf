package org.chenggeng.work;

/** What an import wrote: rows added, rows skipped as imported before, and added rows that passed their plan. */
public record ImportResult(ImportKind kind, int imported, int alreadyImported, int overPlan) {
}
