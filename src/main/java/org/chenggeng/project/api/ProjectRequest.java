package org.chenggeng.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chenggeng.project.ProjectData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A new project in 谋划 (planning), on whole compounds or on some buildings (or one stairwell) of one compound. */
record ProjectRequest(
        @NotBlank @Size(max = 40) @Schema(description = "a letter or digit, then letters, digits or hyphens",
                example = "YYH-2026-01") String code,
        @NotBlank @Size(max = 200) @Schema(example = "靖江东里小区城市更新改造") String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        Boolean pilot,
        @Size(max = 200) @Schema(example = "天津城投集团城市更新公司") String implementingUnit,
        @DecimalMin("0") @DecimalMax("9999999999999.99") @Schema(description = "元, optional") BigDecimal budget,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 200) @Schema(description = "the compounds it renews, all within the caller's region")
        Set<Long> compoundIds,
        @Size(max = 200) @Schema(description = "buildings (楼号) of its one compound; none for whole compounds")
        List<@Size(max = 20) String> buildings,
        @Size(max = 20) @Schema(description = "the one stairwell (单元) of its one building") String unit) {

    ProjectData data() {
        return new ProjectData(code, name, year, Boolean.TRUE.equals(pilot), implementingUnit, budget, plannedStart,
                plannedEnd, description, compoundIds, buildings, unit);
    }
}
