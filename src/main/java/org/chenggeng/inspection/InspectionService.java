package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recording a project's inspections and reading them. Administrators, and the officials and supervisors whose region
 * holds the project, record; everyone who sees the project reads. An inspection is recorded whole (participants,
 * checklist, findings and the issues they raise) in one transaction or not at all; its photos follow once it exists.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InspectionService {

    static final String ENTITY = "INSPECTION";
    static final String FINDING = "FINDING";

    private final InspectionRepository inspections;
    private final FindingRepository findings;
    private final InspectionAccess access;
    private final IssueRaising issues;
    private final WorkItemService workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, FindingRepository findings, InspectionAccess access,
                      IssueRaising issues, WorkItemService workItems, ApplicationEventPublisher events, Clock clock) {
        this.issues = issues;
        this.inspections = inspections;
        this.findings = findings;
        this.access = access;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock;
    }

    /** The inspection recorded and its findings' ids in the order given, for their photos to attach to. */
    public record Recorded(Long inspectionId, List<Long> findingIds) {
    }

    /** Whether the signed-in user may record inspections of the project now. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        return InspectionAccess.mayInspect(access.actor()) && InspectionAccess.INSPECTABLE.contains(project.status());
    }

    /** Records an inspection with its findings; the work items named must be the project's own. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Recorded record(long projectId, InspectionData data) {
        return record(projectId, data, false);
    }

    Recorded record(long projectId, InspectionData data, boolean sample) {
        access.requireInspectable(projectId, "inspection.record");
        Actor actor = access.actor();
        Set<Long> own = workItems.items(projectId).stream().map(WorkItemRow::id).collect(Collectors.toSet());
        Set<Long> named = new HashSet<>(data.workItemIds());
        data.findings().forEach(f -> named.addAll(f.workItemIds()));
        if (!own.containsAll(named)) {
            throw new DomainException("inspection.error.foreignWorkItem");
        }
        Inspection inspection = inspections.save(new Inspection(projectId, data, data.findings().size(),
                LocalDate.now(clock), actor.username(), clock.instant(), sample));
        events.publishEvent(EntityChanged.created(ENTITY, inspection.getId(), inspection.snapshot()));
        List<Long> ids = new ArrayList<>();
        int number = 1;
        for (FindingData f : data.findings()) {
            Finding finding = findings.save(new Finding(inspection.getId(), projectId, number++, f));
            events.publishEvent(EntityChanged.created(FINDING, finding.getId(), finding.snapshot()));
            ids.add(finding.getId());
            if (f.issue() != null) {
                Long item = f.workItemIds().size() == 1 ? f.workItemIds().iterator().next() : null;
                issues.raise(projectId, IssueSource.FINDING, finding.getId(), item, null, f.issue(), data.date(),
                        sample);
            }
        }
        return new Recorded(inspection.getId(), List.copyOf(ids));
    }

    /** A project's inspections, newest first. */
    @Transactional(readOnly = true)
    public List<InspectionRow> list(long projectId) {
        access.project(projectId);
        List<Inspection> found = inspections.findByProjectIdOrderByInspectedOnDescRecordedAtDescIdDesc(projectId);
        Map<Long, Long> counts = found.isEmpty() ? Map.of() : findings.findByInspectionIdIn(
                found.stream().map(Inspection::getId).toList()).stream()
                .collect(Collectors.groupingBy(Finding::getInspectionId, Collectors.counting()));
        return found.stream().map(i -> new InspectionRow(i.getId(), i.getProjectId(), i.getKind(), i.getInspectedOn(),
                i.getConclusion(), i.getParticipants().stream().map(Participant::organisation)
                .collect(Collectors.joining("、")), counts.getOrDefault(i.getId(), 0L).intValue(), i.getRecordedBy(),
                i.isSample())).toList();
    }

    /** One inspection in full; refused where its project is. */
    @Transactional(readOnly = true)
    public InspectionDetails get(long inspectionId) {
        Inspection i = inspections.findById(inspectionId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = access.project(i.getProjectId());
        List<InspectionDetails.FindingRow> rows = findings.findByInspectionIdOrderBySortOrderAsc(i.getId()).stream()
                .map(f -> new InspectionDetails.FindingRow(f.getId(), f.getSortOrder(), f.getDescription(),
                        f.getWorkItemIds())).toList();
        return new InspectionDetails(i.getId(), i.getProjectId(), project.name(), i.getKind(), i.getInspectedOn(),
                i.getConclusion(), i.getParticipants(), i.getChecks(), i.getWorkItemIds(), i.getNote(),
                i.getRecordedBy(), i.getRecordedAt(), rows, InspectionAccess.mayInspect(access.actor()), i.isSample());
    }

    /** The project's work items by id, named in the user's language, for the screens that list what was inspected. */
    @Transactional(readOnly = true)
    public Map<Long, WorkItemRow> workItems(long projectId) {
        return workItems.items(projectId).stream().collect(Collectors.toMap(WorkItemRow::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
