package org.chenggeng.inspection;

import java.util.Set;

/**
 * One thing an inspection found, and the work items it concerns; {@code issue} when it needs rectifying (severity,
 * responsible unit, deadline), {@code null} when it is only noted.
 */
public record FindingData(String description, Set<Long> workItemIds, IssueData issue) {

    public FindingData {
        workItemIds = workItemIds == null ? Set.of() : Set.copyOf(workItemIds);
    }

    public FindingData(String description, Set<Long> workItemIds) {
        this(description, workItemIds, null);
    }
}
