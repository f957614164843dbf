package org.chenggeng.consultation;

/** What a household import wrote: households added, and rows skipped as already in the register. */
public record HouseholdImportResult(int imported, int alreadyImported) {
}
