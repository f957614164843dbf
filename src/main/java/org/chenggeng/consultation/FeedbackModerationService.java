package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The committee's moderation of feedback sent from the public portal (decision 0024): accepted, it joins the feedback
 * queue as if the committee had recorded it; rejected as spam, it is kept with the reason, out of the queue and its
 * figures. Only the committee of the project's compounds (and administrators) moderate; both steps are audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FeedbackModerationService {

    private final FeedbackRepository feedback;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;

    FeedbackModerationService(FeedbackRepository feedback, ConsultationAccess access,
                              ApplicationEventPublisher events) {
        this.feedback = feedback;
        this.access = access;
        this.events = events;
    }

    /** Takes a waiting online feedback into the committee's queue. */
    @Transactional
    public void accept(long id, long version) {
        change(id, version, "ACCEPT", f -> f.accept());
    }

    /** Rejects a waiting online feedback as spam, with the reason (required, at most 500 characters). */
    @Transactional
    public void reject(long id, long version, String reason) {
        change(id, version, "REJECT_SPAM", f -> f.reject(reason));
    }

    private void change(long id, long version, String action, java.util.function.Consumer<Feedback> step) {
        Actor actor = access.actor();
        Feedback f = feedback.findById(id).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = access.project(f.getProjectId());
        if (!access.isCommitteeOfProject(actor, project)) {
            throw access.deny(actor, "feedback." + action + " " + id);
        }
        f.checkVersion(version);
        Map<String, String> before = f.snapshot();
        step.accept(f);
        feedback.saveAndFlush(f);
        events.publishEvent(EntityChanged.updated(FeedbackService.ENTITY, id, action, before, f.snapshot()));
    }
}
