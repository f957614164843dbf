package org.chenggeng.funding;

import org.chenggeng.shared.xlsx.ImportIssue;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an investment file's preview found or its import did: its data rows, the rows added (or that would be) and
 * their sum in yuan, the rows imported before (skipped), every bad row (then nothing is written) and warnings that do
 * not stop the import (a month that already has lines recorded on screen for the source).
 */
public record InvestmentImportResult(int rows, int imported, BigDecimal amount, int alreadyImported,
                                     List<ImportIssue> errors, List<ImportIssue> warnings) {

    public InvestmentImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the file may be imported: no bad row and something new. */
    public boolean canImport() {
        return errors.isEmpty() && imported > 0;
    }

    /** How many rows have at least one error. */
    public long badRows() {
        return errors.stream().map(ImportIssue::row).distinct().count();
    }
}
