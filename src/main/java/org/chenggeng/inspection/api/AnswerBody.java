package org.chenggeng.inspection.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The project manager's rectification of an issue, against the version as last read. */
record AnswerBody(
        @NotNull @Schema(description = "the issue's version as last read (409 error.stale when it changed since)")
        Long version,
        @Schema(description = "what was done, 1 to 1000 characters (422 issue.error.rectificationRequired, "
                + "error.tooLong)", example = "已更换渗漏管件并重做闭水试验") String rectification) {
}
