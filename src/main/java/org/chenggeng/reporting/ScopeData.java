package org.chenggeng.reporting;

import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.ItemTotal;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a report counts: the projects in the user's scope that match the request and were active in its period, their
 * work items' totals for the period, and the catalogue. Each module's service applies the scope. A project is active
 * in a period when it started (or, not yet started, was planned to start) before the period's end and had not been
 * finished before its start, or when its ledger has entries dated in it (decision 0011). All time counts every
 * matching project, and so does a report of one project named.
 */
@Component
class ScopeData {

    private final ProjectQueries projects;
    private final ProgressReadService progress;
    private final WorkTypeService types;

    ScopeData(ProjectQueries projects, ProgressReadService progress, WorkTypeService types) {
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
        Period period = request.period();
        Set<Long> ids = ids(rows);
        List<ItemTotal> items = progress.totals(ids, period.from(), period.to());
        if (request.projectId() == null && !period.isAllTime()) {
            Set<Long> entered = items.stream().filter(ItemTotal::enteredInPeriod).map(ItemTotal::projectId)
                    .collect(Collectors.toSet());
            rows = rows.stream().filter(p -> entered.contains(p.id()) || active(p, period)).toList();
            Set<Long> active = ids(rows);
            ids = active;
            items = items.stream().filter(i -> active.contains(i.projectId())).toList();
        }
        Map<Long, WorkTypeRow> catalogue = types.all().stream()
                .collect(Collectors.toMap(WorkTypeRow::id, Function.identity()));
        return new Loaded(rows, ids, items, catalogue);
    }

    /** Started (or planned to start) before the period's end, and not finished before its start. */
    static boolean active(ProjectRow p, Period period) {
        LocalDate start = p.actualStart() != null ? p.actualStart() : p.plannedStart();
        boolean begun = start != null && (period.to() == null || !start.isAfter(period.to()));
        boolean over = p.actualEnd() != null && period.from() != null && p.actualEnd().isBefore(period.from());
        return begun && !over;
    }

    private static Set<Long> ids(List<ProjectRow> rows) {
        return rows.stream().map(ProjectRow::id).collect(Collectors.toCollection(HashSet::new));
    }
}
