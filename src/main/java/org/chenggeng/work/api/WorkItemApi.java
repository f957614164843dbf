package org.chenggeng.work.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.IdempotentWrites;
import org.chenggeng.shared.api.Created;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemService;
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
@Tag(name = "Work items and progress")
class WorkItemApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final WorkItemService items;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final IdempotentWrites writes;

    WorkItemApi(WorkItemService items, ProgressService progress, CurrentUser currentUser, IdempotentWrites writes) {
        this.items = items;
        this.progress = progress;
        this.currentUser = currentUser;
        this.writes = writes;
    }

    @PostMapping("/projects/{projectId}/work-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWorkItem", summary = "Plan a work type in a project",
            description = "The project's own project managers, officials of its region and administrators, while "
                    + "the project is not yet accepted; a project outside the caller's scope is 404, one the caller "
                    + "may see but not plan is 403. The work type must be active (422).")
    ResponseEntity<Created> create(@PathVariable long projectId,
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
            @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody WorkItemRequest body) {
        DateBounds.requireSane(body.plannedStart(), "plannedStart");
        DateBounds.requireSane(body.plannedEnd(), "plannedEnd");
        return Created.answer(writes.once(() -> currentUser.require().id(), idempotencyKey,
                "workItem.create " + projectId + " " + body, Created.class,
                () -> new Created(items.create(projectId, body.data()))));
    }

    @GetMapping("/projects/{projectId}/work-items")
    @Operation(operationId = "listWorkItems", summary = "The work items planned in a project, with their progress")
    List<WorkItemJson> items(@PathVariable long projectId) {
        return items.items(projectId).stream().map(WorkItemJson::of).toList();
    }

    @PostMapping("/work-items/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "logProgress", summary = "Log work done on an item",
            description = "Only the project's own project managers (and administrators) may log, only while the "
                    + "project is in progress, never for a future date, a date before the project started or a "
                    + "locked month. An entry that takes the item past its plan is refused with 409 "
                    + "(progress.confirm.overPlan) until it is sent again with confirmOverrun: true. Sent with an "
                    + "Idempotency-Key, the same request sent again answers the first entry (with the header "
                    + "Idempotent-Replayed: true) and logs nothing; the key with another body is refused with 422 "
                    + "(idempotency.error.keyReused).")
    ResponseEntity<ProgressCreated> log(@PathVariable long id,
            @Parameter(description = "a key of your choosing for this entry (a UUID), at most 100 printable "
                    + "characters; kept 7 days") @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
            @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody ProgressRequest body) {
        DateBounds.requireSane(body.workDate(), "workDate");
        ProgressService.Logged logged = progress.log(new ProgressService.LogRequest(id, body.workDate(),
                body.quantity(), body.note(), Boolean.TRUE.equals(body.confirmOverrun())), idempotencyKey);
        var answer = ResponseEntity.status(HttpStatus.CREATED);
        if (logged.replayed()) {
            answer = answer.header(REPLAYED, "true");
        }
        return answer.body(new ProgressCreated(logged.entryId(), logged.workItemId(), logged.completed(),
                logged.planned(), logged.overPlan()));
    }
}
