package org.chenggeng.work;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a project manager plans for one work type in a project. */
public record WorkItemData(Long workTypeId, BigDecimal plannedQuantity, String locationNote, BigDecimal budget,
                           LocalDate plannedStart, LocalDate plannedEnd) {

    /** Throws the refusal a work item's own rules give this plan in its type's unit, if any: for an import's check. */
    public void check(Unit unit) {
        new WorkItem(null, this, unit, null);
    }
}
