package org.chenggeng.work.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Work done on an item: the day it was done, how much (in the item's unit) and a note. */
record ProgressRequest(
        @NotNull @Schema(example = "2025-01-06") LocalDate workDate,
        @NotNull @Schema(description = "more than 0; whole for count units, at most two decimals otherwise",
                example = "12.5") BigDecimal quantity,
        @Schema(description = "at most 500 characters") String note,
        @Schema(description = "true to log an entry that takes the item past its plan, after a 409 asked for it")
        Boolean confirmOverrun) {
}
