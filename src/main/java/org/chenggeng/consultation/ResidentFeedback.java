package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectCompounds;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Feedback that residents send themselves, without an account (an objection to a public notice, say): it joins the
 * project's feedback queue as channel 线上 (ONLINE), anonymous, waiting for the committee's moderation like all the
 * public side's feedback, then reviewed and answered like any
 * other. The caller (the portal, the notice module) has checked what it is about and limits how often it is sent.
 * Staff read the state of such feedback by id with {@link #states}, its words only where they may read feedback.
 */
@Service
public class ResidentFeedback {

    /** Who recorded feedback that a resident sent online (the portal's own feedback is recorded by the same). */
    static final String RECORDER = "portal";

    private final FeedbackRepository feedback;
    private final ProjectCompounds projects;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentFeedback(FeedbackRepository feedback, ProjectCompounds projects, ConsultationAccess access,
                   ApplicationEventPublisher events, Clock clock) {
        this.feedback = feedback;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A feedback as staff see it by id: when and how it came, where it stands; its words and the answer only for who
     * may read the project's feedback (its committee and project managers), {@code null} for anyone else.
     */
    public record FeedbackState(Long id, LocalDate receivedOn, FeedbackCategory category, FeedbackStatus status,
                                String content, String response, LocalDate respondedOn) {
    }

    /** Records a resident's feedback sent online to the project's queue; returns its id. */
    @Transactional
    public Long receive(long projectId, FeedbackCategory category, String content) {
        if (projects.of(projectId).isEmpty()) {
            throw new NotFoundException();
        }
        if (category == null) {
            throw new DomainException("feedback.error.required");
        }
        LocalDate today = LocalDate.now(clock);
        // like all feedback sent from the public side, it waits for the committee's moderation (decision 0024)
        Feedback f = feedback.save(Feedback.online(projectId, category, content, RECORDER, today));
        events.publishEvent(EntityChanged.created(FeedbackService.ENTITY, f.getId(), f.snapshot()));
        return f.getId();
    }

    /** The project's feedback of the given ids, oldest first; ids of another project are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FeedbackState> states(long projectId, Collection<Long> ids) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        boolean words = access.mayWorkFeedback(actor, project);
        Set<Long> wanted = Set.copyOf(ids);
        return feedback.findAllById(wanted).stream().filter(f -> f.getProjectId().equals(projectId))
                .sorted(java.util.Comparator.comparing(Feedback::getReceivedOn).thenComparing(Feedback::getId))
                .map(f -> new FeedbackState(f.getId(), f.getReceivedOn(), f.getCategory(), f.getStatus(),
                        words ? f.getContent() : null, words ? f.getResponse() : null, f.getRespondedOn()))
                .toList();
    }
}
