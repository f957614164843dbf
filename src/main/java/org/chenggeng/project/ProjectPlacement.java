package org.chenggeng.project;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a project's figures are summed, and what else a summary groups them by: its home region (the lowest region
 * holding all of its compounds; 0 when it has none), the regions above its home (nearest first), its year and
 * status, its planned dates, and the communities its compounds are in (in id order).
 */
public record ProjectPlacement(long projectId, long homeRegionId, List<Long> regionsAbove, int year,
                               ProjectStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                               List<Long> communityIds) {

    public ProjectPlacement {
        regionsAbove = List.copyOf(regionsAbove);
        communityIds = List.copyOf(communityIds);
    }
}
