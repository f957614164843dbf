package org.chenggeng.project.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.IdempotentWrites;
import org.chenggeng.shared.api.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating projects and moving them along the lifecycle, through the services the screens use. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
class ProjectWriteApi {

    private final ProjectEditing editing;
    private final ProjectLifecycle lifecycle;
    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final IdempotentWrites writes;

    ProjectWriteApi(ProjectEditing editing, ProjectLifecycle lifecycle, ProjectAccess projects,
                    CurrentUser currentUser, IdempotentWrites writes) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.currentUser = currentUser;
        this.writes = writes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProject", summary = "Create a project in 谋划 (planning)",
            description = "Officials (within their region: every compound must lie in it, else 403) and "
                    + "administrators. Refusals as on screen, 422 with the rule's code: project.error.codeTaken, "
                    + "a bad code, dates in the wrong order, buildings on more than one compound.")
    ResponseEntity<Created> create(
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = Created.IDEMPOTENCY_KEY,
                    required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody ProjectRequest body) {
        DateBounds.requireSane(body.plannedStart(), "plannedStart");
        DateBounds.requireSane(body.plannedEnd(), "plannedEnd");
        return Created.answer(writes.once(() -> currentUser.require().id(), idempotencyKey, "project.create " + body,
                Created.class, () -> new Created(editing.create(body.data()))));
    }

    @PostMapping("/{id}/transitions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "transitionProject", summary = "Move a project one step along its lifecycle",
            description = "The same preconditions as on screen: 立项 (APPROVED) needs a closed consent round that "
                    + "passed and covers the project; IN_PROGRESS a start date; COMPLETED with unfinished work items "
                    + "is refused (422 project.error.unfinishedWork) until sent with confirmUnfinished: true. A project "
                    + "outside the caller's scope is 404; a step the caller's role may not take is 403.")
    ResponseEntity<TransitionDone> transition(@PathVariable long id,
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = Created.IDEMPOTENCY_KEY,
                    required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody TransitionBody body) {
        DateBounds.requireSane(body.date(), "date");
        return Created.answer(writes.once(() -> currentUser.require().id(), idempotencyKey,
                "project.transition " + id + " " + body, TransitionDone.class, () -> {
                    lifecycle.transition(id, body.request());
                    ProjectAccess.ProjectDetails after = projects.get(id);
                    return new TransitionDone(id, after.status(), after.version());
                }));
    }
}
