package org.chenggeng.funding;

import java.util.List;

/**
 * The money of many projects changed at once (an import planned the investment of thousands of new projects): one
 * {@link InvestmentChanged} per project, in one event, so that the summary sums them with a few statements instead of
 * a few per project. Published inside the writing transaction.
 */
public record InvestmentChangedBatch(List<InvestmentChanged> changes) {

    public InvestmentChangedBatch {
        changes = List.copyOf(changes);
    }
}
