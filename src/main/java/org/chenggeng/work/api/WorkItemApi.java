package org.chenggeng.work.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work items and progress")
class WorkItemApi {

    private final WorkItemService items;
    private final ProgressService progress;

    WorkItemApi(WorkItemService items, ProgressService progress) {
        this.items = items;
        this.progress = progress;
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
                    + "(progress.confirm.overPlan) until it is sent again with confirmOverrun: true.")
    ProgressCreated log(@PathVariable long id, @Valid @RequestBody ProgressRequest body) {
        Long entryId = progress.log(new ProgressService.LogRequest(id, body.workDate(), body.quantity(), body.note(),
                Boolean.TRUE.equals(body.confirmOverrun())));
        WorkItemRow item = items.item(id);
        return new ProgressCreated(entryId, id, item.completed(), item.planned(), item.overPlan());
    }
}
