package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.Actor;
import org.chenggeng.security.Role;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-over of an accepted project to the body that maintains it afterwards, and the repairs under its warranty.
 * Administrators and the officials of the project's region record the hand-over (once); the facilities are listed
 * from the work items completed, each work type with its warranty. Within a warranty, administrators, officials,
 * supervisors and the committee of the region record a repair request against a work item, which goes to the
 * implementing unit as an issue; after the warranty's last day it is refused and says when it ended.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HandoverService {

    static final String ENTITY = "HANDOVER";
    /** 屋面防水 five years, the rest two (建设工程质量管理条例 第四十条), offered first and changed as the contract says. */
    static final int DEFAULT_MONTHS = 24;
    static final Map<String, Integer> DEFAULTS = Map.of("ROOF_WATERPROOFING", 60, "ROOF_REPAIR", 60,
            "FACADE_INSULATION", 60);

    private final HandoverRepository handovers;
    private final InspectionAccess access;
    private final ProjectAccess projects;
    private final WorkItemService workItems;
    private final IssueRaising issues;
    private final IssueRepository issueRows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(HandoverRepository handovers, InspectionAccess access, ProjectAccess projects,
                    WorkItemService workItems, IssueRaising issues, IssueRepository issueRows,
                    ApplicationEventPublisher events, Clock clock) {
        this.handovers = handovers;
        this.access = access;
        this.projects = projects;
        this.workItems = workItems;
        this.issues = issues;
        this.issueRows = issueRows;
        this.events = events;
        this.clock = clock;
    }

    /** A work type handed over, with its warranty and its last day. */
    public record Warranty(Long workTypeId, String nameZh, String nameEn, int months, LocalDate endsOn,
                           boolean running) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** A hand-over as recorded. */
    public record HandoverRow(Long id, long projectId, ReceivingKind kind, String receivingBody, LocalDate date,
                              String fundArrangement, java.math.BigDecimal fundAmount, List<Facility> facilities,
                              List<Warranty> warranties, String recordedBy, java.time.Instant recordedAt,
                              boolean sample) {
    }

    /** What a hand-over of the project would list now, and the warranty offered first for each work type. */
    public record Draft(List<Facility> facilities, Map<Long, Integer> defaultMonths, Map<Long, String> typeNamesZh,
                        Map<Long, String> typeNamesEn) {
    }

    /** Whether the signed-in user may record the project's hand-over now (it is 验收 and has none). */
    @Transactional(readOnly = true)
    public boolean mayRecord(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        Actor actor = access.actor();
        return (actor.isAdmin() || actor.is(Role.OFFICIAL)) && project.status() == ProjectStatus.ACCEPTED
                && handovers.findByProjectId(projectId).isEmpty();
    }

    /** The facilities a hand-over lists: every work item with work completed, with its quantity. */
    @Transactional(readOnly = true)
    public Draft draft(long projectId) {
        List<WorkItemRow> done = workItems.items(projectId).stream().filter(i -> i.completed().signum() > 0).toList();
        List<Facility> facilities = done.stream().map(i -> new Facility(i.id(), i.workTypeId(),
                i.nameZh() + (i.locationNote() == null ? "" : "（" + i.locationNote() + "）"),
                i.nameEn() + (i.locationNote() == null ? "" : " (" + i.locationNote() + ")"), i.completed(),
                i.unit().name())).toList();
        Map<Long, Integer> months = new LinkedHashMap<>();
        Map<Long, String> zh = new LinkedHashMap<>();
        Map<Long, String> en = new LinkedHashMap<>();
        for (WorkItemRow i : done) {
            months.putIfAbsent(i.workTypeId(), DEFAULTS.getOrDefault(i.typeCode(), DEFAULT_MONTHS));
            zh.putIfAbsent(i.workTypeId(), i.nameZh());
            en.putIfAbsent(i.workTypeId(), i.nameEn());
        }
        return new Draft(facilities, months, zh, en);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long record(long projectId, HandoverData data) {
        return record(projectId, data, false);
    }

    Long record(long projectId, HandoverData data, boolean sample) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        Actor actor = access.actor();
        if (!(actor.isAdmin() || actor.is(Role.OFFICIAL))) {
            throw access.deny("handover.record " + projectId);
        }
        if (project.status() != ProjectStatus.ACCEPTED) {
            throw new DomainException("handover.error.projectStatus", MessageKey.of(project.status().labelKey()));
        }
        if (handovers.findByProjectId(projectId).isPresent()) {
            throw new DomainException("handover.error.exists");
        }
        Handover h = handovers.save(new Handover(projectId, data, draft(projectId).facilities(),
                projects.get(projectId).acceptanceDate(), LocalDate.now(clock), actor.username(), clock.instant(),
                sample));
        events.publishEvent(EntityChanged.created(ENTITY, h.getId(), h.snapshot()));
        return h.getId();
    }

    /** The project's hand-over, with each warranty and whether it still runs today. */
    @Transactional(readOnly = true)
    public Optional<HandoverRow> of(long projectId) {
        access.project(projectId);
        LocalDate today = LocalDate.now(clock);
        return handovers.findByProjectId(projectId).map(h -> {
            Map<Long, String[]> names = new LinkedHashMap<>();
            h.getFacilities().forEach(f -> names.putIfAbsent(f.workTypeId(), new String[]{
                    f.nameZh().replaceAll("（.*）$", ""), f.nameEn().replaceAll(" \\(.*\\)$", "")}));
            List<Warranty> warranties = names.entrySet().stream().map(e -> {
                LocalDate ends = h.warrantyEnds(e.getKey());
                return new Warranty(e.getKey(), e.getValue()[0], e.getValue()[1], h.getWarranties().get(e.getKey()),
                        ends, !today.isAfter(ends));
            }).toList();
            return new HandoverRow(h.getId(), h.getProjectId(), h.getKind(), h.getReceivingBody(), h.getHandedOverOn(),
                    h.getFundArrangement(), h.getFundAmount(), h.getFacilities(), warranties, h.getRecordedBy(),
                    h.getRecordedAt(), h.isSample());
        });
    }

    /** Whether the signed-in user may record repair requests on the project (once it is handed over). */
    @Transactional(readOnly = true)
    public boolean mayRequestRepair(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        return mayRequest(access.actor()) && handovers.findByProjectId(projectId).isPresent()
                && project.status() == ProjectStatus.HANDED_OVER;
    }

    /**
     * A repair request against a work item handed over: within its type's warranty it becomes an issue for the
     * responsible unit; after the warranty's last day it is refused, naming that day.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long requestRepair(long projectId, long workItemId, IssueData repair) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        if (!mayRequest(access.actor())) {
            throw access.deny("repair.request " + projectId);
        }
        Handover h = handovers.findByProjectId(projectId).orElseThrow(() ->
                new DomainException("repair.error.notHandedOver"));
        if (project.status() != ProjectStatus.HANDED_OVER) {
            throw new DomainException("repair.error.notHandedOver");
        }
        Facility facility = h.getFacilities().stream().filter(f -> f.workItemId() == workItemId).findFirst()
                .orElseThrow(() -> new DomainException("repair.error.notHandedOverItem"));
        LocalDate today = LocalDate.now(clock);
        LocalDate ends = h.warrantyEnds(facility.workTypeId());
        if (ends == null || today.isAfter(ends)) {
            throw new DomainException("repair.error.warrantyExpired", facility.nameZh(), facility.nameEn(),
                    ends == null ? "" : ends.toString());
        }
        return issues.raise(projectId, IssueSource.REPAIR, h.getId(), workItemId, null, repair, today, false).getId();
    }

    /** The repair requests recorded on the project, newest first. */
    @Transactional(readOnly = true)
    public List<IssueRow> repairs(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        LocalDate today = LocalDate.now(clock);
        return issueRows.findByProjectIdOrderByRaisedAtDescIdDesc(projectId).stream()
                .filter(i -> i.getSource() == IssueSource.REPAIR).map(i -> IssueService.row(i, project.name(), today))
                .toList();
    }

    private static boolean mayRequest(Actor actor) {
        return InspectionAccess.mayInspect(actor) || actor.is(Role.COMMUNITY_COMMITTEE);
    }

    Handover require(long projectId) {
        return handovers.findByProjectId(projectId).orElseThrow(NotFoundException::new);
    }
}
