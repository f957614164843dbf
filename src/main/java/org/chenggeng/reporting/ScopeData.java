package org.chenggeng.reporting;

import org.chenggeng.project.ProjectService;
import org.chenggeng.project.ProjectService.ProjectRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.ItemTotal;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a report or the dashboard counts: the projects in the user's scope that match the request, their work items'
 * totals for the period, and the catalogue. Each module's service applies the scope.
 */
@Component
class ScopeData {

    private final ProjectService projects;
    private final ProgressReadService progress;
    private final WorkTypeService types;

    ScopeData(ProjectService projects, ProgressReadService progress, WorkTypeService types) {
        this.projects = projects;
        this.progress = progress;
        this.types = types;
    }

    record Loaded(List<ProjectRow> projects, Set<Long> projectIds, List<ItemTotal> items,
                  Map<Long, WorkTypeRow> catalogue) {

        Map<Long, List<ItemTotal>> itemsByProject() {
            return items.stream().collect(Collectors.groupingBy(ItemTotal::projectId));
        }
    }

    Loaded load(ReportRequest request) {
        List<ProjectRow> rows;
        if (request.projectId() != null) {
            rows = List.of(projects.row(request.projectId()));
        } else {
            rows = projects.all(request.filter());
        }
        Set<Long> ids = rows.stream().map(ProjectRow::id).collect(Collectors.toCollection(HashSet::new));
        List<ItemTotal> items = progress.totals(ids, request.period().from(), request.period().to());
        Map<Long, WorkTypeRow> catalogue = types.all().stream()
                .collect(Collectors.toMap(WorkTypeRow::id, Function.identity()));
        return new Loaded(rows, ids, items, catalogue);
    }
}
