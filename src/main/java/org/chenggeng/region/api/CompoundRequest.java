package org.chenggeng.region.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A compound to add to a community. */
record CompoundRequest(
        @NotNull @Schema(description = "a community (or village)") Long communityId,
        @NotBlank @Size(max = 100) @Schema(example = "靖江东里") String name,
        @Min(1800) @Max(2100) @Schema(example = "1989") Integer yearBuilt,
        @NotNull @Min(0) @Max(100_000) Integer buildings,
        @NotNull @Min(0) @Max(1_000_000) Integer households,
        @NotNull @DecimalMin("0") @DecimalMax("999999999999.99")
        @Schema(description = "total floor area in m², at most two decimals", example = "98560.00")
        BigDecimal floorArea) {
}
