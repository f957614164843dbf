package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Consultation rounds of a project: setting them up, closing them, and their tallies. Everyone who can see the
 * project sees its rounds and tallies (aggregates only); the committee of the round's compound runs it.
 * Door-to-door recording is in {@link ResponseService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundService {

    static final String ENTITY = "CONSULTATION_ROUND";
    private static final Set<ProjectStatus> CONSULTING = EnumSet.of(ProjectStatus.PLANNING, ProjectStatus.CONSULTING);
    private static final Set<ProjectStatus> DONE = EnumSet.of(ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED,
            ProjectStatus.HANDED_OVER);

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final ConsultationAccess access;
    private final CompoundService compounds;
    private final WorkItemService workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundRepository rounds, RoundTallies tallies, ConsultationAccess access, CompoundService compounds,
                 WorkItemService workItems, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.access = access;
        this.compounds = compounds;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock;
    }

    /** A row of a project's round list, with how many households have answered and whether its rule is met. */
    public record RoundRow(Long id, long version, int number, RoundKind kind, RoundMethod method, String compoundName,
                           ScopeKind scopeKind, List<String> buildings, String unit, LocalDate opensOn,
                           LocalDate closesOn, ConsentRule consentRule, RoundStatus status, int households,
                           int recorded, Tally tally) {
    }

    /** A proposed work item of a round with its own tally. */
    public record ItemTally(Long workItemId, String nameZh, String nameEn, Tally tally) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** Everything the round page shows, with what the signed-in user may do. */
    public record RoundDetails(RoundRow round, Long projectId, String projectCode, String projectName,
                               Long compoundId, String summary, Set<Long> workItemIds, List<ItemTally> items,
                               String closedBy, Instant closedAt, boolean mayRecord, boolean mayManage) {
    }

    @Transactional(readOnly = true)
    public List<RoundRow> rounds(long projectId) {
        access.project(projectId);
        List<ConsultationRound> found = rounds.findByProjectIdOrderByNumberAsc(projectId);
        Map<Long, String> names = compoundNames(found.stream().map(ConsultationRound::getCompoundId).collect(Collectors.toSet()));
        return found.stream().map(r -> row(r, tallies.of(r), names)).toList();
    }

    @Transactional(readOnly = true)
    public RoundDetails get(long roundId) {
        Actor actor = access.actor();
        ConsultationRound r = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = access.project(r.getProjectId());
        RoundTallies.Counted counted = tallies.of(r);
        Map<Long, WorkItemRow> items = workItems.items(r.getProjectId()).stream()
                .collect(Collectors.toMap(WorkItemRow::id, Function.identity()));
        List<ItemTally> itemTallies = counted.items().entrySet().stream()
                .filter(e -> items.containsKey(e.getKey()))
                .map(e -> new ItemTally(e.getKey(), items.get(e.getKey()).nameZh(), items.get(e.getKey()).nameEn(),
                        e.getValue()))
                .toList();
        boolean committee = access.isCommitteeOf(actor, r.getCompoundId());
        return new RoundDetails(row(r, counted, compoundNames(Set.of(r.getCompoundId()))), project.id(),
                project.data().code(), project.data().name(), r.getCompoundId(), r.getSummary(), r.getWorkItemIds(),
                itemTallies, r.getClosedBy(), r.getClosedAt(), committee && r.getStatus() == RoundStatus.OPEN,
                committee);
    }

    /** An open round the signed-in user may record answers in, for the committee's start page. */
    public record OpenRound(Long id, Long projectId, String projectCode, String projectName, RoundRow round) {
    }

    /** The open rounds in compounds whose committee the signed-in user is, newest first. */
    @Transactional(readOnly = true)
    public List<OpenRound> openRounds() {
        Actor actor = access.actor();
        List<ConsultationRound> all = rounds.findByStatusOrderByOpensOnDesc(RoundStatus.OPEN);
        Set<Long> own = access.committeeCompounds(actor,
                all.stream().map(ConsultationRound::getCompoundId).collect(Collectors.toSet()));
        List<ConsultationRound> open = all.stream().filter(r -> own.contains(r.getCompoundId())).toList();
        Map<Long, String> names = compoundNames(open.stream().map(ConsultationRound::getCompoundId).collect(Collectors.toSet()));
        return open.stream().map(r -> {
            ProjectAccess.ProjectDetails p = access.project(r.getProjectId());
            return new OpenRound(r.getId(), p.id(), p.data().code(), p.data().name(), row(r, tallies.of(r), names));
        }).toList();
    }

    /** Whether the signed-in user may set up rounds for the project: the committee of one of its compounds. */
    @Transactional(readOnly = true)
    public boolean mayManage(long projectId) {
        return access.isCommitteeOfProject(access.actor(), access.project(projectId));
    }

    /**
     * Opens a new round. Needs, plan and consent rounds belong before 立项 (while the project is being planned
     * or consulted on); satisfaction rounds after the work is done.
     */
    @Transactional
    public Long create(long projectId, RoundData data) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        checkData(actor, project, data, "round.create " + projectId);
        ConsultationRound round = new ConsultationRound(projectId, rounds.lastNumber(projectId) + 1, data);
        try {
            rounds.saveAndFlush(round);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // someone opened a round of this project at the same moment and took the number
            throw new org.chenggeng.shared.StaleDataException();
        }
        events.publishEvent(EntityChanged.created(ENTITY, round.getId(), round.snapshot()));
        return round.getId();
    }

    @Transactional
    public void update(long roundId, long version, RoundData data) {
        Actor actor = access.actor();
        ConsultationRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = access.project(round.getProjectId());
        access.requireCommitteeOf(actor, round.getCompoundId(), "round.update " + roundId);
        round.checkVersion(version);
        if (data.kind() != round.getKind()) {
            throw new DomainException("round.error.kindFixed");
        }
        checkData(actor, project, data, "round.update " + roundId);
        var before = round.snapshot();
        round.update(data);
        rounds.saveAndFlush(round);
        events.publishEvent(EntityChanged.updated(ENTITY, roundId, "UPDATE", before, round.snapshot()));
    }

    /** Closes an open round; its answers and tally are final from then on. */
    @Transactional
    public void close(long roundId, long version) {
        Actor actor = access.actor();
        ConsultationRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        access.project(round.getProjectId());
        access.requireCommitteeOf(actor, round.getCompoundId(), "round.close " + roundId);
        round.checkVersion(version);
        var before = round.snapshot();
        round.close(actor.username(), clock.instant(), LocalDate.now(clock), tallies.count(round));
        rounds.saveAndFlush(round);
        events.publishEvent(EntityChanged.updated(ENTITY, roundId, "CLOSE", before, round.snapshot()));
    }

    private void checkData(Actor actor, ProjectAccess.ProjectDetails project, RoundData data, String what) {
        if (data.compoundId() == null || project.compounds().stream().noneMatch(c -> c.id().equals(data.compoundId()))) {
            throw new DomainException("round.error.compoundNotInProject");
        }
        access.requireCommitteeOf(actor, data.compoundId(), what);
        if (data.kind() == RoundKind.SATISFACTION ? !DONE.contains(project.status())
                : !CONSULTING.contains(project.status())) {
            throw new DomainException("round.error.projectStatus", MessageKey.of(data.kind().labelKey()),
                    MessageKey.of(project.status().labelKey()));
        }
        if (data.opensOn() != null && data.opensOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new DomainException("round.error.opensTooLate");
        }
        Set<Long> projectItems = workItems.items(project.id()).stream().filter(i -> !i.retired())
                .map(WorkItemRow::id).collect(Collectors.toSet());
        if (!projectItems.containsAll(data.workItemIds())) {
            throw new DomainException("round.error.itemNotInProject");
        }
    }

    private Map<Long, String> compoundNames(Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        compounds.byIds(ids).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private static RoundRow row(ConsultationRound r, RoundTallies.Counted counted, Map<Long, String> names) {
        return new RoundRow(r.getId(), r.getVersion(), r.getNumber(), r.getKind(), r.getMethod(),
                names.get(r.getCompoundId()), r.getScopeKind(), r.buildings(), r.getScopeUnit(), r.getOpensOn(),
                r.getClosesOn(), r.getConsentRule(), r.getStatus(), counted.round().households(), counted.recorded(),
                counted.round());
    }
}
