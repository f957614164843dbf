package org.chenggeng.work;

import org.chenggeng.shared.xlsx.ImportCheck;
import org.chenggeng.shared.xlsx.ImportIssue;

import java.util.List;

/**
 * What importing a file would do, found without writing anything: how many data rows it has, how many of them
 * would be added, how many were imported before (and would be skipped), every problem that stops the import and
 * every warning that does not (a work item passing its plan).
 */
public record ImportPreview(ImportKind kind, int rows, int importable, int alreadyImported, List<ImportIssue> errors,
                            List<ImportIssue> warnings) implements ImportCheck {

    public ImportPreview {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
