package org.chenggeng.work.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chenggeng.work.WorkItemData;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A work type planned in a project: how much (in the type's unit), where, and optionally its budget and dates. */
record WorkItemRequest(
        @NotNull @Schema(description = "an active work type of the catalogue") Long workTypeId,
        @NotNull @DecimalMin("0") @DecimalMax("99999999999999.99")
        @Schema(description = "whole for count units, at most two decimals otherwise", example = "1742")
        BigDecimal plannedQuantity,
        @Size(max = 200) @Schema(example = "3号楼至8号楼") String locationNote,
        @DecimalMin("0") @DecimalMax("9999999999999.99") @Schema(description = "元, optional") BigDecimal budget,
        LocalDate plannedStart,
        LocalDate plannedEnd) {

    WorkItemData data() {
        return new WorkItemData(workTypeId, plannedQuantity, locationNote, budget, plannedStart, plannedEnd);
    }
}
