package org.chenggeng.project.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.api.ApiPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
class ProjectApi {

    static final int MAX_PAGE_SIZE = 100;
    /** Beyond it the row offset would pass what the database query takes (an int); no scope has that many. */
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_TEXT = 100;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("code"));

    private final ProjectAccess projects;
    private final ProjectQueries queries;
    private final ProjectLifecycle lifecycle;

    ProjectApi(ProjectAccess projects, ProjectQueries queries, ProjectLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listProjects", summary = "Projects in the caller's scope, newest year first",
            description = "Officials and committee members see the projects touching their region, project "
                    + "managers the projects assigned to them, administrators all.")
    ApiPage<ProjectJson> list(
            @Parameter(description = "part of the code or name, at most 100 characters")
            @RequestParam(required = false) @Size(max = MAX_TEXT) String text,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        ProjectFilter filter = new ProjectFilter(text, status, year, null, null);
        var rows = queries.page(filter, PageRequest.of(page, size, NEWEST_FIRST));
        return new ApiPage<>(rows.stream().map(ProjectJson::of).toList(), page, size, queries.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProject", summary = "A project with its compounds and lifecycle history")
    ProjectDetailJson get(@PathVariable long id) {
        return ProjectDetailJson.of(projects.get(id), lifecycle.history(id));
    }
}
