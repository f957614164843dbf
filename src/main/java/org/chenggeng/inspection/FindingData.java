package org.chenggeng.inspection;

import java.util.Set;

/** One thing an inspection found, and the work items it concerns. */
public record FindingData(String description, Set<Long> workItemIds) {

    public FindingData {
        workItemIds = workItemIds == null ? Set.of() : Set.copyOf(workItemIds);
    }
}
