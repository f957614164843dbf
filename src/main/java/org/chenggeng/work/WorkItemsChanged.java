package org.chenggeng.work;

import java.util.List;

/**
 * Work items of one project changed: entries were logged, corrected or imported, or items were created, re-planned
 * or retired. Carries each item's state before and after the change (no {@code before} for a new item), so that a
 * listener takes away what the items contributed and adds what they contribute now without reading the ledger.
 * Published inside the writing transaction, after the items are locked (in id order) and written.
 */
public record WorkItemsChanged(long projectId, List<ItemState> before, List<ItemState> after) {

    public WorkItemsChanged {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
