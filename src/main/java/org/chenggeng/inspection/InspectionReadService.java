package org.chenggeng.inspection;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.shared.Medians;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures officials read about inspections and issues, over the projects of a filter within their scope (the
 * project module applies the scope), and the issues behind each figure.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InspectionReadService {

    private final ProjectQueries projects;
    private final InspectionRepository inspections;
    private final IssueRepository issues;
    private final Clock clock;

    InspectionReadService(ProjectQueries projects, InspectionRepository inspections, IssueRepository issues,
                          Clock clock) {
        this.projects = projects;
        this.inspections = inspections;
        this.issues = issues;
        this.clock = clock;
    }

    /** Which issues a figure counts. */
    public enum Figure {
        RAISED, OPEN, OPEN_GENERAL, OPEN_MAJOR, OPEN_SEVERE, OVERDUE, CLOSED
    }

    @Transactional(readOnly = true)
    public IssueFigures figures(ProjectFilter filter) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return new IssueFigures(0, 0, 0, Map.of(), 0, 0, null);
        }
        LocalDate today = LocalDate.now(clock);
        List<Issue> all = issues.findByProjectIdIn(scope.keySet());
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        all.stream().filter(i -> i.getStatus() != IssueStatus.CLOSED)
                .forEach(i -> bySeverity.merge(i.getSeverity(), 1L, Long::sum));
        List<Long> days = all.stream().filter(i -> i.getClosedOn() != null)
                .map(i -> ChronoUnit.DAYS.between(i.getRaisedOn(), i.getClosedOn())).toList();
        return new IssueFigures(inspections.countByProjectIdIn(scope.keySet()), all.size(),
                all.stream().filter(i -> i.getStatus() != IssueStatus.CLOSED).count(), bySeverity,
                all.stream().filter(i -> i.overdue(today)).count(), days.size(), Medians.of(days));
    }

    /** The issues a figure counts, overdue first, then by deadline. */
    @Transactional(readOnly = true)
    public List<IssueRow> issues(ProjectFilter filter, Figure figure) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return issues.findByProjectIdIn(scope.keySet()).stream().filter(i -> switch (figure) {
                    case RAISED -> true;
                    case OPEN -> i.getStatus() != IssueStatus.CLOSED;
                    case OPEN_GENERAL -> i.getStatus() != IssueStatus.CLOSED && i.getSeverity() == Severity.GENERAL;
                    case OPEN_MAJOR -> i.getStatus() != IssueStatus.CLOSED && i.getSeverity() == Severity.MAJOR;
                    case OPEN_SEVERE -> i.getStatus() != IssueStatus.CLOSED && i.getSeverity() == Severity.SEVERE;
                    case OVERDUE -> i.overdue(today);
                    case CLOSED -> i.getStatus() == IssueStatus.CLOSED;
                }).map(i -> IssueService.row(i, scope.get(i.getProjectId()).name(), today))
                .sorted(Comparator.comparing(IssueRow::overdue).reversed().thenComparing(IssueRow::deadline)
                        .thenComparing(IssueRow::id))
                .toList();
    }

    private Map<Long, ProjectHeader> scope(ProjectFilter filter) {
        return projects.headers(filter).stream().collect(Collectors.toMap(ProjectHeader::id, Function.identity()));
    }
}
