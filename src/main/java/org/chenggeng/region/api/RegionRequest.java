package org.chenggeng.region.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.chenggeng.region.RegionKind;

/** A region to add below another (or a new city, without a parent). */
record RegionRequest(
        @Schema(description = "the region one level up; none for a new city", example = "2") Long parentId,
        @NotBlank @Size(max = 100) @Schema(example = "月牙河街") String name,
        @Size(max = 30) @Schema(description = "statistical division code, optional", example = "120102004") String code,
        @Schema(description = "what the level is called (TOWN for a 镇 at street level); the level's usual name "
                + "when omitted, refused when it belongs to another level") RegionKind kind) {
}
