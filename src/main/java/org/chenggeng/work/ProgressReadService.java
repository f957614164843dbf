package org.chenggeng.work;

import org.chenggeng.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read models for the project progress screen: items with their completion, the project's, and month by month. */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressReadService {

    private final WorkItemRepository items;
    private final ProgressEntryRepository entries;
    private final WorkItemService itemService;
    private final ProjectService projects;

    ProgressReadService(WorkItemRepository items, ProgressEntryRepository entries, WorkItemService itemService,
                        ProjectService projects) {
        this.items = items;
        this.entries = entries;
        this.itemService = itemService;
        this.projects = projects;
    }

    /** Cumulative completion of the project at the end of a month. */
    public record MonthPoint(YearMonth month, BigDecimal cumulativePercent) {
    }

    /** Everything the progress screen shows. */
    public record ProjectProgress(ProjectService.WorkAccess project, List<WorkItemRow> items, BigDecimal percent,
                                  boolean budgetWeighted, List<MonthPoint> months) {
    }

    @Transactional(readOnly = true)
    public ProjectProgress project(long projectId) {
        ProjectService.WorkAccess project = projects.workAccess(projectId);
        List<WorkItem> all = items.findByProjectIdOrderByIdAsc(projectId);
        List<WorkItemRow> rows = itemService.rows(all, WorkItemService.mayPlan(project));
        List<WorkItem> counted = all.stream().filter(i -> !i.isRetired()).toList();
        List<Completion.Part> now = counted.stream()
                .map(i -> new Completion.Part(i.getPlannedQuantity(), i.getBudget(), i.getCompletedQuantity())).toList();
        return new ProjectProgress(project, rows, Completion.percent(now), Completion.budgetWeighted(now),
                monthly(counted));
    }

    private List<MonthPoint> monthly(List<WorkItem> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkItem> byId = new HashMap<>();
        counted.forEach(i -> byId.put(i.getId(), i));
        TreeMap<YearMonth, Map<Long, BigDecimal>> sums = new TreeMap<>();
        for (Object[] row : entries.monthlySums(byId.keySet())) {
            YearMonth month = YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
            sums.computeIfAbsent(month, m -> new HashMap<>()).merge((Long) row[0], (BigDecimal) row[3], BigDecimal::add);
        }
        if (sums.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> cumulative = new HashMap<>();
        List<MonthPoint> points = new ArrayList<>();
        for (YearMonth m = sums.firstKey(); !m.isAfter(sums.lastKey()); m = m.plusMonths(1)) {
            sums.getOrDefault(m, Map.of()).forEach((item, q) -> cumulative.merge(item, q, BigDecimal::add));
            List<Completion.Part> parts = counted.stream().map(i -> new Completion.Part(i.getPlannedQuantity(),
                    i.getBudget(), cumulative.getOrDefault(i.getId(), BigDecimal.ZERO))).toList();
            points.add(new MonthPoint(m, Completion.percent(parts)));
        }
        return points;
    }
}
