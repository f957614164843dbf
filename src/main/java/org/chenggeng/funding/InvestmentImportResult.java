package org.chenggeng.funding;

import org.chenggeng.shared.xlsx.ImportCheck;
import org.chenggeng.shared.xlsx.ImportIssue;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an investment file's preview found or its import did: its data rows, the rows added (or that would be) and
 * their sum in yuan, the rows imported before (skipped), every bad row (then nothing is written) and warnings that do
 * not stop the import (a month that already has lines recorded on screen for the source).
 */
public record InvestmentImportResult(int rows, int imported, BigDecimal amount, int alreadyImported,
                                     List<ImportIssue> errors, List<ImportIssue> warnings)
        implements ImportCheck {

    public InvestmentImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The rows added, or that would be. */
    @Override
    public int importable() {
        return imported;
    }
}
