package org.chenggeng.funding;

import java.util.List;

/**
 * A project's planned or completed investment changed: the figures of the sources that changed, before and after.
 * Published inside the changing transaction, so that the summary's sums commit or roll back with the change and never
 * read this module's tables (decision 0017's shape).
 */
public record InvestmentChanged(long projectId, List<SourceState> before, List<SourceState> after) {

    public InvestmentChanged {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
