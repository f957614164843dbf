package org.chenggeng.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A resident's opinion (居民意见) and what became of it: received, under review, adopted (wholly or partly) or not
 * (with a reason), then resolved with the answer (答复) given to the resident. Adopted feedback links to the work
 * items that answer it.
 */
@Entity
@Table(name = "feedback")
class Feedback extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "household_id")
    private Long householdId;
    @Column(name = "round_id")
    private Long roundId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackCategory category;
    @Column(nullable = false, length = 2000)
    private String content;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackStatus status = FeedbackStatus.RECEIVED;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FeedbackStatus decision;
    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;
    @Column(length = 2000)
    private String response;
    @Column(name = "responded_on")
    private LocalDate respondedOn;
    @Column(nullable = false)
    private boolean sample;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FeedbackModeration moderation;
    @Column(name = "moderation_reason", length = 500)
    private String moderationReason;
    @ElementCollection
    @CollectionTable(name = "feedback_work_item", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "work_item_id")
    private Set<Long> workItemIds = new HashSet<>();

    protected Feedback() {
    }

    Feedback(Long projectId, FeedbackData data, String recordedBy, LocalDate today, boolean sample) {
        this.projectId = projectId;
        this.recordedBy = recordedBy;
        this.sample = sample;
        apply(data, today);
    }

    /** Corrects what was recorded; only before a decision is taken on it, and never a resident's own words. */
    void update(FeedbackData data, LocalDate today) {
        if (moderation != null) {
            throw new DomainException("feedback.error.onlineNotEditable");
        }
        if (status != FeedbackStatus.RECEIVED && status != FeedbackStatus.UNDER_REVIEW) {
            throw new DomainException("feedback.error.decided");
        }
        apply(data, today);
    }

    private void apply(FeedbackData data, LocalDate today) {
        if (data.channel() == null || data.category() == null || data.receivedOn() == null
                || data.content() == null || data.content().isBlank()) {
            throw new DomainException("feedback.error.required");
        }
        if (data.content().trim().length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        if (data.receivedOn().isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        this.householdId = data.householdId();
        this.roundId = data.roundId();
        this.channel = data.channel();
        this.category = data.category();
        this.content = data.content().trim();
        this.receivedOn = data.receivedOn();
    }

    /** Feedback from the public portal: waits for the committee's moderation before anything else happens to it. */
    static Feedback online(Long projectId, FeedbackCategory category, String content, String recordedBy,
                           LocalDate today) {
        Feedback f = new Feedback(projectId, new FeedbackData(null, null, FeedbackChannel.ONLINE, category, content,
                today), recordedBy, today, false);
        f.moderation = FeedbackModeration.PENDING;
        return f;
    }

    /** PENDING → ACCEPTED: the feedback joins the queue as if recorded by the committee. */
    void accept() {
        requirePending();
        this.moderation = FeedbackModeration.ACCEPTED;
    }

    /** PENDING → REJECTED as spam, with a reason; kept, never deleted. */
    void reject(String reason) {
        requirePending();
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            throw new DomainException("feedback.error.rejectReasonRequired");
        }
        if (r.length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        this.moderation = FeedbackModeration.REJECTED;
        this.moderationReason = r;
    }

    private void requirePending() {
        if (moderation != FeedbackModeration.PENDING) {
            throw new DomainException("feedback.error.notPending");
        }
    }

    /** Whether it is in the committee's queue: recorded by the committee, or accepted from the portal. */
    boolean isInQueue() {
        return moderation == null || moderation == FeedbackModeration.ACCEPTED;
    }

    /** RECEIVED → UNDER_REVIEW; feedback from the portal only once it has been accepted. */
    void startReview() {
        if (!isInQueue()) {
            throw new DomainException("feedback.error.notPending");
        }
        require(FeedbackStatus.RECEIVED, FeedbackStatus.UNDER_REVIEW);
        this.status = FeedbackStatus.UNDER_REVIEW;
    }

    /** UNDER_REVIEW → ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED; not adopting needs a reason. */
    void decide(FeedbackStatus decision, String reason) {
        if (decision == null || !FeedbackStatus.DECIDED.contains(decision)) {
            throw new DomainException("feedback.error.decisionRequired");
        }
        require(FeedbackStatus.UNDER_REVIEW, decision);
        String r = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision == FeedbackStatus.NOT_ADOPTED && r == null) {
            throw new DomainException("feedback.error.reasonRequired");
        }
        if (r != null && r.length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        this.status = decision;
        this.decision = decision;
        this.decisionReason = r;
        if (!decision.adopted()) {
            this.workItemIds.clear();
        }
    }

    /** A decided feedback → RESOLVED, with the answer given to the resident and its date. */
    void resolve(String answer, LocalDate answeredOn, LocalDate today) {
        if (!FeedbackStatus.DECIDED.contains(status)) {
            throw new DomainException("feedback.error.illegalStep", MessageKey.of(status.labelKey()),
                    MessageKey.of(FeedbackStatus.RESOLVED.labelKey()));
        }
        if (answer == null || answer.isBlank() || answeredOn == null) {
            throw new DomainException("feedback.error.responseRequired");
        }
        if (answer.trim().length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        if (answeredOn.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        if (answeredOn.isBefore(receivedOn)) {
            throw new DomainException("feedback.error.responseBeforeReceipt");
        }
        this.status = FeedbackStatus.RESOLVED;
        this.response = answer.trim();
        this.respondedOn = answeredOn;
    }

    /** Sets the work items that answer adopted feedback; feedback that was not adopted links to none. */
    void link(Collection<Long> itemIds) {
        if (!isAdopted() && !itemIds.isEmpty()) {
            throw new DomainException("feedback.error.linkNotAdopted");
        }
        this.workItemIds = new HashSet<>(itemIds);
    }

    /** Whether it was adopted, wholly or partly, whether or not it has been resolved since. */
    boolean isAdopted() {
        return decision != null && decision.adopted();
    }

    private void require(FeedbackStatus expected, FeedbackStatus target) {
        if (status != expected) {
            throw new DomainException("feedback.error.illegalStep", MessageKey.of(status.labelKey()),
                    MessageKey.of(target.labelKey()));
        }
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("householdId", householdId).put("roundId", roundId)
                .put("channel", channel).put("category", category).put("content", content)
                .put("receivedOn", receivedOn).put("status", status).put("decision", decision).put("reason", decisionReason)
                .put("response", response).put("respondedOn", respondedOn)
                .put("workItems", new TreeSet<>(workItemIds)).put("moderation", moderation)
                .put("moderationReason", moderationReason).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    Long getHouseholdId() {
        return householdId;
    }

    Long getRoundId() {
        return roundId;
    }

    FeedbackChannel getChannel() {
        return channel;
    }

    FeedbackCategory getCategory() {
        return category;
    }

    String getContent() {
        return content;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    FeedbackStatus getStatus() {
        return status;
    }

    FeedbackStatus getDecision() {
        return decision;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    String getResponse() {
        return response;
    }

    LocalDate getRespondedOn() {
        return respondedOn;
    }

    boolean isSample() {
        return sample;
    }

    FeedbackModeration getModeration() {
        return moderation;
    }

    String getModerationReason() {
        return moderationReason;
    }

    Set<Long> getWorkItemIds() {
        return Set.copyOf(workItemIds);
    }
}
