package org.chenggeng.shared.xlsx;

import org.chenggeng.shared.DomainException;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with one row of an import file: the row number as Excel shows it, the column's header (empty for the
 * whole row) and the reason as a message key with its arguments, which the screen translates. Arguments that are
 * themselves message keys (a unit) are translated too.
 */
public record ImportIssue(int row, String column, String messageKey, List<String> args) {

    public ImportIssue {
        args = List.copyOf(args);
    }

    /** An issue whose arguments are written as text. */
    public static ImportIssue of(int row, String column, String messageKey, Object... args) {
        return new ImportIssue(row, column, messageKey, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** An issue that is a domain rule's refusal of the row's value. */
    public static ImportIssue of(int row, String column, DomainException refusal) {
        return of(row, column, refusal.messageKey(), refusal.arguments());
    }
}
