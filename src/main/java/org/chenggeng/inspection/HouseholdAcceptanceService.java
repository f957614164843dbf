package org.chenggeng.inspection;

import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.ProjectHouseholds;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.Actor;
import org.chenggeng.security.Role;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per-household acceptance (分户验收) of the work items marked as in-home, door to door on a phone: the committee of
 * the project's compounds (and administrators, who alone see the register in full) record each household's result
 * with the resident's confirmation; defects become issues for the implementing unit. Everyone who sees the project
 * sees how far it has come, without households. The administrators, the officials of its region and its project
 * managers mark which items are in-home; an official may record an exception for households that cannot be visited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HouseholdAcceptanceService {

    static final String ENTITY = "HOUSEHOLD_ACCEPTANCE";
    static final String WAIVER = "ACCEPTANCE_WAIVER";
    static final String IN_HOME = "IN_HOME_ITEMS";
    private static final Set<ProjectStatus> VISITING = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);
    private static final Set<ProjectStatus> MARKING = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS,
            ProjectStatus.COMPLETED);

    private final HouseholdAcceptanceRepository acceptances;
    private final InHomeItemRepository inHome;
    private final AcceptanceWaiverRepository waivers;
    private final ProjectHouseholds households;
    private final InspectionAccess access;
    private final ProjectAccess projects;
    private final WorkItemService workItems;
    private final IssueRaising issues;
    private final DoorSaving saving;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdAcceptanceService(HouseholdAcceptanceRepository acceptances, InHomeItemRepository inHome,
                               AcceptanceWaiverRepository waivers, ProjectHouseholds households,
                               InspectionAccess access, ProjectAccess projects, WorkItemService workItems,
                               IssueRaising issues, DoorSaving saving, ApplicationEventPublisher events,
                               Clock clock) {
        this.acceptances = acceptances;
        this.inHome = inHome;
        this.waivers = waivers;
        this.households = households;
        this.access = access;
        this.projects = projects;
        this.workItems = workItems;
        this.issues = issues;
        this.saving = saving;
        this.events = events;
        this.clock = clock;
    }

    /** How many households the project touches and how many have accepted, have defects, refused or wait. */
    public record Tally(int households, int accepted, int defects, int refused) {

        public int notVisited() {
            return households - accepted - defects - refused;
        }

        public boolean complete() {
            return accepted == households;
        }
    }

    /** An official's exception, as recorded. */
    public record Waiver(String reason, int householdsOpen, String recordedBy, Instant recordedAt) {
    }

    /** The project's per-household acceptance as its 验收 tab shows it, with what the signed-in user may do. */
    public record Progress(Tally tally, Set<Long> inHomeItemIds, Waiver waiver, boolean mayVisit, boolean mayMark,
                           boolean mayWaive) {

        public boolean needed() {
            return !inHomeItemIds.isEmpty();
        }
    }

    /** A household at its door, with its acceptance so far ({@code result} null: not visited). */
    public record Door(HouseholdRow household, Long acceptanceId, long version, DoorResult result, String note,
                       String formNumber, boolean signed, LocalDate visitedOn, String recordedBy) {
    }

    /**
     * What is recorded at a door: the result, the note (the defects, or the reason for a refusal), the paper form's
     * number or a drawn signature (PNG), and for defects how serious they are and by when they are to be put right.
     */
    public record Visit(DoorResult result, String note, String formNumber, byte[] signaturePng, Severity severity,
                        LocalDate deadline) {
    }

    @Transactional(readOnly = true)
    public Progress progress(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        Actor actor = access.actor();
        Set<Long> items = inHome.findByProjectId(projectId).stream().map(InHomeItem::getWorkItemId)
                .collect(Collectors.toSet());
        Waiver waiver = waivers.findByProjectId(projectId).map(w -> new Waiver(w.getReason(), w.getHouseholdsOpen(),
                w.getRecordedBy(), w.getRecordedAt())).orElse(null);
        return new Progress(tally(projectId), items, waiver,
                !items.isEmpty() && VISITING.contains(project.status()) && households.mayVisit(projectId),
                MARKING.contains(project.status()) && (actor.isAdmin() || actor.is(Role.OFFICIAL) || project.mayWrite()),
                project.status() == ProjectStatus.COMPLETED && (actor.isAdmin() || actor.is(Role.OFFICIAL))
                        && waiver == null && !items.isEmpty());
    }

    /** The tally over the households the project touches now (a household left out of its scope no longer counts). */
    Tally tally(long projectId) {
        Set<Long> ids = households.ids(projectId);
        Map<DoorResult, Long> by = acceptances.findByProjectId(projectId).stream()
                .filter(a -> ids.contains(a.getHouseholdId()))
                .collect(Collectors.groupingBy(HouseholdAcceptance::getResult, Collectors.counting()));
        return new Tally(ids.size(), by.getOrDefault(DoorResult.ACCEPTED, 0L).intValue(),
                by.getOrDefault(DoorResult.DEFECTS, 0L).intValue(), by.getOrDefault(DoorResult.REFUSED, 0L).intValue());
    }

    /** Whether the project has in-home items, so that 验收 needs every household's acceptance. */
    boolean needed(long projectId) {
        return !inHome.findByProjectId(projectId).isEmpty();
    }

    boolean waived(long projectId) {
        return waivers.findByProjectId(projectId).isPresent();
    }

    /** Marks which of the project's work items are done inside homes; the others are unmarked. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void setInHome(long projectId, Set<Long> workItemIds) {
        Progress progress = progress(projectId);
        if (!progress.mayMark()) {
            ProjectAccess.WorkAccess project = access.project(projectId);
            if (!MARKING.contains(project.status())) {
                throw new DomainException("household.inHome.error.projectStatus",
                        MessageKey.of(project.status().labelKey()));
            }
            throw access.deny("inHome.mark " + projectId);
        }
        Set<Long> own = workItems.items(projectId).stream().map(WorkItemRow::id).collect(Collectors.toSet());
        if (!own.containsAll(workItemIds)) {
            throw new DomainException("inspection.error.foreignWorkItem");
        }
        List<InHomeItem> before = inHome.findByProjectId(projectId);
        Set<Long> was = before.stream().map(InHomeItem::getWorkItemId).collect(Collectors.toSet());
        before.stream().filter(i -> !workItemIds.contains(i.getWorkItemId())).forEach(inHome::delete);
        workItemIds.stream().filter(id -> !was.contains(id)).forEach(id -> inHome.save(new InHomeItem(id, projectId)));
        events.publishEvent(EntityChanged.updated(IN_HOME, projectId, "UPDATE",
                Map.of("projectId", String.valueOf(projectId), "workItemIds", new java.util.TreeSet<>(was).toString()),
                Map.of("projectId", String.valueOf(projectId), "workItemIds",
                        new java.util.TreeSet<>(workItemIds).toString())));
    }

    /** The project's stairwells as building → units, for its committee. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> stairwells(long projectId) {
        requireVisiting(projectId);
        return households.stairwells(projectId);
    }

    /** The households of one stairwell with their acceptance so far, for its committee. */
    @Transactional(readOnly = true)
    public List<Door> doors(long projectId, String building, String unit) {
        requireVisiting(projectId);
        Map<Long, HouseholdAcceptance> byHousehold = acceptances.findByProjectId(projectId).stream()
                .collect(Collectors.toMap(HouseholdAcceptance::getHouseholdId, Function.identity()));
        return households.doors(projectId, building, unit).stream().map(h -> door(h, byHousehold.get(h.id()))).toList();
    }

    /**
     * Records a household's acceptance at its door, against the version the recorder saw ({@code -1} for a household
     * not visited yet), so that two people at one door never silently overwrite each other: a door found recorded since
     * is refused as just recorded by someone else ({@link DoorSaving}), with nothing written. Defects raise an issue
     * for the implementing unit (the stairwell named, not the room); a drawn signature is kept as evidence of the
     * record, seen only by the committee and administrators.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Door record(long projectId, long householdId, long version, Visit visit) {
        return record(projectId, householdId, version, visit, false);
    }

    Door record(long projectId, long householdId, long version, Visit visit, boolean sample) {
        ProjectAccess.WorkAccess project = requireVisiting(projectId);
        HouseholdRow household = households.household(projectId, householdId);
        HouseholdAcceptance a = acceptances.findByProjectIdAndHouseholdId(projectId, householdId).orElse(null);
        if (a != null && version < 0) {
            throw DoorSaving.justRecorded(household);
        }
        if (a == null && version >= 0 || a != null && a.getVersion() != version) {
            throw new StaleDataException();
        }
        boolean signing = visit.signaturePng() != null && visit.signaturePng().length > 0;
        Map<String, String> before = a == null ? Map.of() : a.snapshot();
        if (a == null) {
            a = new HouseholdAcceptance(projectId, householdId, sample);
        }
        String who = access.actor().username();
        LocalDate today = LocalDate.now(clock);
        a.visit(visit.result(), visit.note(), visit.formNumber(), signing, today, who, clock.instant());
        IssueData defect = null;
        if (visit.result() == DoorResult.DEFECTS) {
            defect = new IssueData(household.building() + "-" + household.unit() + "：" + a.getNote(),
                    visit.severity(), unitOf(projectId), visit.deadline());
        }
        saving.save(a, before.isEmpty(), household);
        events.publishEvent(before.isEmpty() ? EntityChanged.created(ENTITY, a.getId(), a.snapshot())
                : EntityChanged.updated(ENTITY, a.getId(), "VISIT", before, a.snapshot()));
        if (defect != null) {
            issues.raise(projectId, IssueSource.HOUSEHOLD, a.getId(), null, householdId, defect, today, sample);
        }
        if (signing) {
            saving.attachSignature(a.getId(), visit.signaturePng());
        }
        return door(household, a);
    }

    /** An official's exception for the households not accepted; the reason is required, and it is recorded once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void waive(long projectId, String reason) {
        Progress progress = progress(projectId);
        if (!progress.mayWaive()) {
            if (progress.waiver() != null) {
                throw new DomainException("household.waiver.error.exists");
            }
            if (!progress.needed()) {
                throw new DomainException("household.waiver.error.notNeeded");
            }
            ProjectAccess.WorkAccess project = access.project(projectId);
            if (project.status() != ProjectStatus.COMPLETED) {
                throw new DomainException("household.waiver.error.projectStatus",
                        MessageKey.of(project.status().labelKey()));
            }
            throw access.deny("acceptance.waive " + projectId);
        }
        Tally t = progress.tally();
        AcceptanceWaiver w = waivers.save(new AcceptanceWaiver(projectId, reason, t.households() - t.accepted(),
                access.actor().username(), clock.instant()));
        events.publishEvent(EntityChanged.created(WAIVER, w.getId(), w.snapshot()));
    }

    private ProjectAccess.WorkAccess requireVisiting(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        if (!households.mayVisit(projectId)) {
            throw access.deny("household.acceptance " + projectId);
        }
        if (!VISITING.contains(project.status())) {
            throw new DomainException("household.acceptance.error.projectStatus",
                    MessageKey.of(project.status().labelKey()));
        }
        if (!needed(projectId)) {
            throw new DomainException("household.acceptance.error.noInHomeItems");
        }
        return project;
    }

    private String unitOf(long projectId) {
        String unit = projects.get(projectId).data().implementingUnit();
        return unit == null || unit.isBlank() ? projects.get(projectId).data().name() : unit;
    }

    private static Door door(HouseholdRow h, HouseholdAcceptance a) {
        return a == null ? new Door(h, null, -1, null, null, null, false, null, null)
                : new Door(h, a.getId(), a.getVersion(), a.getResult(), a.getNote(), a.getFormNumber(), a.isSigned(),
                a.getVisitedOn(), a.getRecordedBy());
    }
}
