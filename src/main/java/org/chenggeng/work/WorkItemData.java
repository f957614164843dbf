package org.chenggeng.work;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a project manager plans for one work type in a project. */
public record WorkItemData(Long workTypeId, BigDecimal plannedQuantity, String locationNote, BigDecimal budget,
                           LocalDate plannedStart, LocalDate plannedEnd) {
}
