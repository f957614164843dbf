package org.chenggeng.inspection.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.shared.api.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inspections and issues")
class InspectionApi {

    private final InspectionService inspections;
    private final IssueService issues;

    InspectionApi(InspectionService inspections, IssueService issues) {
        this.inspections = inspections;
        this.issues = issues;
    }

    @GetMapping("/projects/{projectId}/inspections")
    @Operation(operationId = "listInspections", summary = "A project's inspections, newest first",
            description = "Everyone who sees the project; a project outside the caller's scope is 404.")
    List<InspectionJson> inspections(@PathVariable long projectId) {
        return inspections.list(projectId).stream().map(InspectionJson::of).toList();
    }

    @GetMapping("/projects/{projectId}/issues")
    @Operation(operationId = "listIssues", summary = "A project's issues to rectify, newest first",
            description = "Everyone who sees the project: a project manager only their own projects' issues (404 "
                    + "for any other project, as for one outside the caller's scope).")
    List<IssueJson> issues(@PathVariable long projectId) {
        return issues.ofProject(projectId).stream().map(IssueJson::of).toList();
    }

    @GetMapping("/issues/{id}")
    @Operation(operationId = "getIssue", summary = "An issue with its way so far and what the caller may do",
            description = "404 for an unknown issue and for one of a project outside the caller's scope alike.")
    IssueDetailJson issue(@PathVariable long id) {
        return IssueDetailJson.of(issues.get(id));
    }

    @PostMapping("/issues/{id}/answer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "answerIssue", summary = "Answer an issue with its rectification (待整改 → 待复查)",
            description = "Only the project's own project managers (and administrators) may, while the issue is "
                    + "OPEN (422 issue.error.notOpen otherwise); any other role that sees the project is 403. The "
                    + "version is the issue's as last read (409 error.stale when it changed since). The answer is "
                    + "what was committed: the step's id and the issue's new status and version. Photos are added on "
                    + "screen.")
    ResponseEntity<IssueService.Answered> answer(@PathVariable long id,
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = Created.IDEMPOTENCY_KEY,
                    required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody AnswerBody body) {
        return Created.answer(issues.answer(id, body.version(), body.rectification(), idempotencyKey));
    }
}
