package org.chenggeng.work;

import java.util.List;

/**
 * Work items of many projects changed at once (an import planned the first items of thousands of projects): one
 * {@link WorkItemsChanged} per project, in one event, so that a listener sums them with a few statements instead of a
 * few per project. Published inside the writing transaction, after the items are written.
 */
public record WorkItemsChangedBatch(List<WorkItemsChanged> changes) {

    public WorkItemsChangedBatch {
        changes = List.copyOf(changes);
    }
}
