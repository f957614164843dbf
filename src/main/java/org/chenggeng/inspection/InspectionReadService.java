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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures officials read about inspections, issues, acceptance and hand-over, over the projects of a filter within
 * their scope (the project module applies the scope), and the issues, inspections and projects behind each figure.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InspectionReadService {

    private final ProjectQueries projects;
    private final InspectionRepository inspections;
    private final IssueRepository issues;
    private final Clock clock;
    private final CompletionRepository completions;
    private final HandoverRepository handovers;
    private final ProjectEndings endings;

    InspectionReadService(ProjectQueries projects, InspectionRepository inspections, IssueRepository issues,
                          Clock clock, CompletionRepository completions, HandoverRepository handovers,
                          ProjectEndings endings) {
        this.completions = completions;
        this.handovers = handovers;
        this.endings = endings;
        this.projects = projects;
        this.inspections = inspections;
        this.issues = issues;
        this.clock = clock;
    }

    /** Which issues a figure counts. */
    public enum Figure {
        RAISED, OPEN, OPEN_GENERAL, OPEN_MAJOR, OPEN_SEVERE, AWAITING_RECHECK, OVERDUE, CLOSED, REPAIRS
    }

    /** An inspection behind the dashboard's count, with its project. */
    public record InspectionLine(Long id, long projectId, String projectName, InspectionKind kind, LocalDate date,
                                 Conclusion conclusion) {
    }

    @Transactional(readOnly = true)
    public IssueFigures figures(ProjectFilter filter) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return new IssueFigures(0, 0, 0, Map.of(), 0, 0, 0, null);
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
                all.stream().filter(Issue::awaitingRecheck).count(),
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
                    case AWAITING_RECHECK -> i.awaitingRecheck();
                    case OVERDUE -> i.overdue(today);
                    case CLOSED -> i.getStatus() == IssueStatus.CLOSED;
                    case REPAIRS -> i.getSource() == IssueSource.REPAIR;
                }).map(i -> IssueService.row(i, scope.get(i.getProjectId()).name(), today))
                .sorted(Comparator.comparing(IssueRow::overdue).reversed().thenComparing(IssueRow::deadline)
                        .thenComparing(IssueRow::id))
                .toList();
    }

    /** The inspections behind the count, newest first. */
    @Transactional(readOnly = true)
    public List<InspectionLine> inspections(ProjectFilter filter) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return List.of();
        }
        return inspections.findByProjectIdInOrderByInspectedOnDescRecordedAtDescIdDesc(scope.keySet()).stream()
                .map(i -> new InspectionLine(i.getId(), i.getProjectId(), scope.get(i.getProjectId()).name(),
                        i.getKind(), i.getInspectedOn(), i.getConclusion())).toList();
    }

    /**
     * How far the projects have come at their end, for the report's sentence: how many passed their completion
     * acceptance, and how many issues were raised and closed. The caller gives projects already within the user's
     * scope (the report's own).
     */
    public record Closing(long projects, long completionPassed, long raised, long closed) {
    }

    @Transactional(readOnly = true)
    public Closing closing(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return new Closing(0, 0, 0, 0);
        }
        List<Issue> all = issues.findByProjectIdIn(projectIds);
        Map<Long, CompletionAcceptance> latest = new HashMap<>();
        for (CompletionAcceptance a : completions.findByProjectIdIn(projectIds)) {
            latest.merge(a.getProjectId(), a, ProjectEndings::later);
        }
        return new Closing(projectIds.size(), latest.values().stream()
                .filter(a -> a.getConclusion() == Conclusion.PASSED).count(), all.size(),
                all.stream().filter(i -> i.getStatus() == IssueStatus.CLOSED).count());
    }

    /**
     * Each project's end, for the report's table, in the order given: inspections, issues by severity, households,
     * completion acceptance and hand-over. Projects outside the signed-in user's scope are left out.
     */
    @Transactional(readOnly = true)
    public List<ProjectEnding> endings(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        Map<Long, ProjectHeader> visible = scope(ProjectFilter.none());
        return endings.of(projectIds.stream().distinct().map(visible::get).filter(java.util.Objects::nonNull).toList());
    }

    /** The end of the projects of a filter within the user's scope: completion acceptances, households, hand-overs. */
    public record Ending(long completionPassed, long householdProjects, long householdsAccepted, long households,
                         long handedOver, long repairs) {
    }

    @Transactional(readOnly = true)
    public Ending ending(ProjectFilter filter) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return new Ending(0, 0, 0, 0, 0, 0);
        }
        Closing c = closing(scope.keySet());
        Map<Long, ProjectEnding.Households> byProject = endings.households(scope.keySet());
        return new Ending(c.completionPassed(), byProject.size(),
                byProject.values().stream().mapToLong(ProjectEnding.Households::accepted).sum(),
                byProject.values().stream().mapToLong(ProjectEnding.Households::households).sum(),
                handovers.findByProjectIdIn(scope.keySet()).size(),
                issues.findByProjectIdIn(scope.keySet()).stream().filter(i -> i.getSource() == IssueSource.REPAIR).count());
    }

    /** The projects behind an ending figure: with a passed completion acceptance, or handed over. */
    @Transactional(readOnly = true)
    public List<ProjectHeader> endingProjects(ProjectFilter filter, boolean handedOver) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = handedOver
                ? handovers.findByProjectIdIn(scope.keySet()).stream().map(Handover::getProjectId)
                .collect(Collectors.toSet())
                : completions.findByProjectIdIn(scope.keySet()).stream().filter(a -> a.getConclusion() == Conclusion.PASSED)
                .map(CompletionAcceptance::getProjectId).collect(Collectors.toSet());
        return scope.values().stream().filter(h -> ids.contains(h.id())).sorted(Comparator.comparing(ProjectHeader::code))
                .toList();
    }

    /** The projects behind the household figure: those with in-home works, with their households accepted. */
    @Transactional(readOnly = true)
    public List<HouseholdLine> householdProjects(ProjectFilter filter) {
        Map<Long, ProjectHeader> scope = scope(filter);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<Long, ProjectEnding.Households> byProject = endings.households(scope.keySet());
        return scope.values().stream().filter(h -> byProject.containsKey(h.id()))
                .sorted(Comparator.comparing(ProjectHeader::code))
                .map(h -> new HouseholdLine(h, byProject.get(h.id()))).toList();
    }

    /** A project with in-home works and how many of its households have accepted. */
    public record HouseholdLine(ProjectHeader project, ProjectEnding.Households households) {
    }

    private Map<Long, ProjectHeader> scope(ProjectFilter filter) {
        return projects.headers(filter).stream().collect(Collectors.toMap(ProjectHeader::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
