package org.chenggeng.consultation;

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
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resident feedback of a project and its workflow. The committee of the project's compounds records and answers
 * it; the project's managers read it without personal data and link adopted feedback to the work items that
 * answer it; officials see its aggregates only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FeedbackService {

    static final String ENTITY = "FEEDBACK";

    private final FeedbackRepository feedback;
    private final HouseholdRepository households;
    private final RoundRepository rounds;
    private final ConsultationAccess access;
    private final WorkItemService workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OnlineFeedbackRepository online;

    FeedbackService(FeedbackRepository feedback, HouseholdRepository households, RoundRepository rounds,
                    ConsultationAccess access, WorkItemService workItems, ApplicationEventPublisher events,
                    Clock clock, OnlineFeedbackRepository online) {
        this.online = online;
        this.feedback = feedback;
        this.households = households;
        this.rounds = rounds;
        this.access = access;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock;
    }

    /** A work item that answers a feedback, with how far it has come. */
    public record LinkedItem(Long id, String nameZh, String nameEn, BigDecimal percent) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /**
     * A feedback as the signed-in user may see it. {@code household} is the full address and owner for the
     * committee, only building and unit for a project manager, {@code null} when anonymous.
     */
    public record FeedbackRow(Long id, long version, Long householdId, String household, Integer roundNumber,
                              FeedbackChannel channel, FeedbackCategory category, String content, LocalDate receivedOn,
                              String recordedBy, FeedbackStatus status, FeedbackStatus decision, String reason,
                              String response, LocalDate respondedOn, List<LinkedItem> items, boolean mayAnswer,
                              boolean mayLink, FeedbackModeration moderation, String moderationReason,
                              String callbackPhone) {

        /** Feedback from the portal still waiting for the committee's moderation. */
        public boolean pending() {
            return moderation == FeedbackModeration.PENDING;
        }

        public boolean rejected() {
            return moderation == FeedbackModeration.REJECTED;
        }
    }

    /** What officials see of a project's feedback: counts, and the median days from receipt to answer. */
    public record FeedbackSummary(int received, int open, int adopted, int notAdopted, int resolved,
                                  BigDecimal medianDaysToAnswer) {
    }

    /** Whether the signed-in user may read the project's feedback itself (not only its counts). */
    @Transactional(readOnly = true)
    public boolean mayRead(long projectId) {
        return access.mayWorkFeedback(access.actor(), access.project(projectId));
    }

    /** Whether the signed-in user may record and answer the project's feedback: its committee. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long projectId) {
        return access.isCommitteeOfProject(access.actor(), access.project(projectId));
    }

    @Transactional(readOnly = true)
    public List<FeedbackRow> list(long projectId) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        if (!access.mayWorkFeedback(actor, project)) {
            throw access.deny(actor, "feedback.list " + projectId);
        }
        Set<Long> ownCompounds = access.committeeCompounds(actor, ConsultationAccess.compoundIds(project));
        // What waits for moderation, or was rejected as spam, and the phone for a call back are the committee's alone.
        List<Feedback> found = feedback.findByProjectIdOrderByReceivedOnDescIdDesc(projectId).stream()
                .filter(f -> !ownCompounds.isEmpty() || f.isInQueue()).toList();
        Map<Long, String> phones = ownCompounds.isEmpty() ? Map.of() : online.phones(found.stream()
                .filter(f -> f.getModeration() != null).map(Feedback::getId).toList());
        Map<Long, Household> byId = households.findByIdIn(found.stream().map(Feedback::getHouseholdId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Household::getId, Function.identity()));
        Map<Long, Integer> roundNumbers = rounds.findByProjectIdOrderByNumberAsc(projectId).stream()
                .collect(Collectors.toMap(ConsultationRound::getId, ConsultationRound::getNumber));
        Map<Long, WorkItemRow> items = workItems.items(projectId).stream()
                .collect(Collectors.toMap(WorkItemRow::id, Function.identity()));
        return found.stream().map(f -> FeedbackRows.row(f, byId.get(f.getHouseholdId()), roundNumbers, items, ownCompounds,
                phones.get(f.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public FeedbackSummary summary(long projectId) {
        access.project(projectId);
        return FeedbackTally.of(feedback.findByProjectIdOrderByReceivedOnDescIdDesc(projectId));
    }

    @Transactional
    public Long create(long projectId, FeedbackData data) {
        return create(projectId, data, false);
    }

    /** Records feedback, marked as sample data when {@code sample}; {@link SampleData} adds the demo's. */
    Long create(long projectId, FeedbackData data, boolean sample) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = requireCommittee(actor, projectId, "feedback.create " + projectId);
        checkReferences(project, data);
        Feedback f = feedback.save(new Feedback(projectId, data, actor.username(), LocalDate.now(clock), sample));
        events.publishEvent(EntityChanged.created(ENTITY, f.getId(), f.snapshot()));
        return f.getId();
    }

    @Transactional
    public void update(long id, long version, FeedbackData data) {
        change(id, version, "UPDATE", (f, project) -> {
            checkReferences(project, data);
            f.update(data, LocalDate.now(clock));
        });
    }

    /** RECEIVED → UNDER_REVIEW. */
    @Transactional
    public void startReview(long id, long version) {
        change(id, version, "REVIEW", (f, project) -> f.startReview());
    }

    /** UNDER_REVIEW → ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED (with a reason), optionally naming the work items. */
    @Transactional
    public void decide(long id, long version, FeedbackStatus decision, String reason, Set<Long> workItemIds) {
        change(id, version, "DECIDE", (f, project) -> {
            f.decide(decision, reason);
            if (workItemIds != null && !workItemIds.isEmpty()) {
                f.link(checkItems(project.id(), workItemIds));
            }
        });
    }

    /** A decided feedback → RESOLVED with the answer (答复) given to the resident and its date. */
    @Transactional
    public void resolve(long id, long version, String response, LocalDate respondedOn) {
        resolve(id, version, response, respondedOn, null);
    }

    /**
     * A decided feedback → RESOLVED with its answer, and, in the same step, the work items that answer an adopted
     * feedback as the answering dialog shows them ({@code null}: leave the links as they are), so that choosing
     * them and answering is one save.
     */
    @Transactional
    public void resolve(long id, long version, String response, LocalDate respondedOn, Set<Long> workItemIds) {
        change(id, version, "RESOLVE", (f, project) -> {
            if (workItemIds != null && !workItemIds.equals(f.getWorkItemIds())) {
                f.link(checkItems(project.id(), workItemIds));
            }
            f.resolve(response, respondedOn, LocalDate.now(clock));
        });
    }

    /** Sets the work items that answer an adopted feedback; its committee or the project's managers may. */
    @Transactional
    public void link(long id, long version, Set<Long> workItemIds) {
        Actor actor = access.actor();
        Feedback f = feedback.findById(id).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = access.project(f.getProjectId());
        if (!access.mayWorkFeedback(actor, project)) {
            throw access.deny(actor, "feedback.link " + id);
        }
        f.checkVersion(version);
        Map<String, String> before = f.snapshot();
        f.link(checkItems(project.id(), workItemIds));
        feedback.saveAndFlush(f);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "LINK", before, f.snapshot()));
    }

    /**
     * The feedback that asked for each of the given work items of a project: its content for those who may read
     * the project's feedback, only that it exists for everyone else.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> requestsFor(long projectId, Collection<Long> workItemIds) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        boolean readable = access.mayWorkFeedback(actor, project);
        if (workItemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> result = new java.util.HashMap<>();
        for (Feedback f : feedback.linkedTo(workItemIds)) {
            if (!f.getProjectId().equals(projectId)) {
                continue;
            }
            for (Long item : f.getWorkItemIds()) {
                if (workItemIds.contains(item)) {
                    result.computeIfAbsent(item, k -> new java.util.ArrayList<>()).add(readable ? f.getContent() : null);
                }
            }
        }
        return result;
    }

    @FunctionalInterface
    private interface Change {
        void apply(Feedback f, ProjectAccess.ProjectDetails project);
    }

    private void change(long id, long version, String action, Change change) {
        Actor actor = access.actor();
        Feedback f = feedback.findById(id).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = requireCommittee(actor, f.getProjectId(), "feedback." + action + " " + id);
        f.checkVersion(version);
        Map<String, String> before = f.snapshot();
        change.apply(f, project);
        feedback.saveAndFlush(f);
        events.publishEvent(EntityChanged.updated(ENTITY, id, action, before, f.snapshot()));
    }

    private ProjectAccess.ProjectDetails requireCommittee(Actor actor, long projectId, String what) {
        ProjectAccess.ProjectDetails project = access.project(projectId);
        if (!access.isCommitteeOfProject(actor, project)) {
            throw access.deny(actor, what);
        }
        return project;
    }

    private void checkReferences(ProjectAccess.ProjectDetails project, FeedbackData data) {
        if (data.householdId() != null) {
            Household h = households.findById(data.householdId()).orElseThrow(NotFoundException::new);
            if (project.compounds().stream().noneMatch(c -> c.id().equals(h.getCompoundId()))) {
                throw new DomainException("feedback.error.householdNotInProject");
            }
        }
        if (data.roundId() != null) {
            ConsultationRound r = rounds.findById(data.roundId()).orElseThrow(NotFoundException::new);
            if (!r.getProjectId().equals(project.id())) {
                throw new DomainException("feedback.error.roundNotInProject");
            }
        }
    }

    private Set<Long> checkItems(long projectId, Set<Long> itemIds) {
        Set<Long> own = workItems.items(projectId).stream().map(WorkItemRow::id).collect(Collectors.toSet());
        if (!own.containsAll(itemIds)) {
            throw new DomainException("round.error.itemNotInProject");
        }
        return itemIds;
    }
}
