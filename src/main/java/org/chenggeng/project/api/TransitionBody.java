package org.chenggeng.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionRequest;

/** A step along the lifecycle, with what that step needs. */
record TransitionBody(
        @NotNull @Schema(description = "the project's version as last read (409 error.stale when it changed since)")
        Long version,
        @NotNull @Schema(description = "the next status; only the one step after the current status is allowed")
        ProjectStatus target,
        @Schema(description = "start (IN_PROGRESS), completion (COMPLETED), acceptance (ACCEPTED) or hand-over date",
                example = "2026-04-01") java.time.LocalDate date,
        @Size(max = 200) @Schema(description = "the accepting body (ACCEPTED)") String body,
        @Size(max = 500) String note,
        @Schema(description = "true to complete a project with unfinished work items, after a 422 "
                + "project.error.unfinishedWork") Boolean confirmUnfinished) {

    TransitionRequest request() {
        return new TransitionRequest(version, target, date, body, note, Boolean.TRUE.equals(confirmUnfinished));
    }
}
