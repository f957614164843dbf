package org.chenggeng.shared.xlsx;

import java.util.List;

/**
 * What reading an import file found, whatever it imports: its data rows, the rows it adds (or would), the rows that
 * were imported before and are skipped, every problem that stops the import and the warnings that do not.
 */
public interface ImportCheck {

    int rows();

    /** The rows that the import adds, or would add. */
    int importable();

    int alreadyImported();

    List<ImportIssue> errors();

    default List<ImportIssue> warnings() {
        return List.of();
    }

    /** Whether the file may be imported: no bad row, and something new. */
    default boolean canImport() {
        return errors().isEmpty() && importable() > 0;
    }

    /** How many rows have at least one error (the header row counts as one). */
    default long badRows() {
        return errors().stream().mapToInt(ImportIssue::row).distinct().count();
    }
}
