package org.chenggeng.inspection;

import org.chenggeng.project.ProjectHeader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each project's end as {@link ProjectEnding}: one query per kind of record over all the projects, and the household
 * tally only for the projects with in-home works. The caller has already limited the projects to the user's scope.
 */
@Component
class ProjectEndings {

    private final InspectionRepository inspections;
    private final IssueRepository issues;
    private final CompletionRepository completions;
    private final HandoverRepository handovers;
    private final InHomeItemRepository inHome;
    private final AcceptanceWaiverRepository waivers;
    private final ObjectProvider<HouseholdAcceptanceService> doors;
    private final Clock clock;

    ProjectEndings(InspectionRepository inspections, IssueRepository issues, CompletionRepository completions,
                   HandoverRepository handovers, InHomeItemRepository inHome, AcceptanceWaiverRepository waivers,
                   ObjectProvider<HouseholdAcceptanceService> doors, Clock clock) {
        this.inspections = inspections;
        this.issues = issues;
        this.completions = completions;
        this.handovers = handovers;
        this.inHome = inHome;
        this.waivers = waivers;
        this.doors = doors;
        this.clock = clock;
    }

    /** The end of each project given, in the order given. */
    List<ProjectEnding> of(List<ProjectHeader> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = projects.stream().map(ProjectHeader::id).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> inspected = new HashMap<>();
        for (Object[] row : inspections.countByProject(ids)) {
            inspected.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, Map<Severity, ProjectEnding.IssueCounts>> counts = new HashMap<>();
        for (Issue i : issues.findByProjectIdIn(ids)) {
            counts.computeIfAbsent(i.getProjectId(), p -> new EnumMap<>(Severity.class))
                    .merge(i.getSeverity(), ProjectEnding.IssueCounts.NONE.plus(i, today), (a, b) -> a.plus(i, today));
        }
        Map<Long, ProjectEnding.Completion> completed = latestCompletions(ids);
        Map<Long, ProjectEnding.HandedOver> handed = handovers.findByProjectIdIn(ids).stream()
                .collect(Collectors.toMap(Handover::getProjectId, h -> new ProjectEnding.HandedOver(h.getKind(),
                        h.getReceivingBody(), h.getHandedOverOn())));
        Map<Long, ProjectEnding.Households> households = households(ids);
        return projects.stream().map(p -> new ProjectEnding(p, inspected.getOrDefault(p.id(), 0L),
                counts.getOrDefault(p.id(), Map.of()), households.get(p.id()), completed.get(p.id()),
                handed.get(p.id()))).toList();
    }

    /** The households accepted of each project with in-home works; none for the others. */
    Map<Long, ProjectEnding.Households> households(Collection<Long> ids) {
        Set<Long> withInHome = inHome.findByProjectIdIn(ids).stream().map(InHomeItem::getProjectId)
                .collect(Collectors.toSet());
        if (withInHome.isEmpty()) {
            return Map.of();
        }
        Set<Long> waived = new HashSet<>();
        waivers.findByProjectIdIn(withInHome).forEach(w -> waived.add(w.getProjectId()));
        Map<Long, ProjectEnding.Households> byProject = new HashMap<>();
        for (Long p : withInHome) {
            HouseholdAcceptanceService.Tally t = doors.getObject().tally(p);
            byProject.put(p, new ProjectEnding.Households(t.accepted(), t.households(), waived.contains(p)));
        }
        return byProject;
    }

    private Map<Long, ProjectEnding.Completion> latestCompletions(Collection<Long> ids) {
        Map<Long, CompletionAcceptance> latest = new HashMap<>();
        for (CompletionAcceptance a : completions.findByProjectIdIn(ids)) {
            latest.merge(a.getProjectId(), a, ProjectEndings::later);
        }
        return latest.values().stream().collect(Collectors.toMap(CompletionAcceptance::getProjectId,
                a -> new ProjectEnding.Completion(a.getConclusion(), a.getAcceptedOn())));
    }

    /** Of two acceptances of one project, the later one (by date, then by the order they were recorded in). */
    static CompletionAcceptance later(CompletionAcceptance x, CompletionAcceptance y) {
        return y.getAcceptedOn().isAfter(x.getAcceptedOn())
                || y.getAcceptedOn().equals(x.getAcceptedOn()) && y.getId() > x.getId() ? y : x;
    }
}
