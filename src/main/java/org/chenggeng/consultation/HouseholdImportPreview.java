package org.chenggeng.consultation;

import org.chenggeng.shared.xlsx.ImportCheck;
import org.chenggeng.shared.xlsx.ImportIssue;

import java.util.List;

/**
 * What importing a household file would do, found without writing anything: how many data rows it has, how many
 * households it would add, how many are in the register already with the same data (and would be skipped), and
 * every problem that stops the import.
 */
public record HouseholdImportPreview(int rows, int importable, int alreadyImported, List<ImportIssue> errors)
        implements ImportCheck {

    public HouseholdImportPreview {
        errors = List.copyOf(errors);
    }
}
