package org.chenggeng.inspection;

import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Raises an issue in the caller's transaction, after the caller checked who may: a finding (inspectors), a
 * household's defects (its committee), a repair under warranty. Every issue starts 待整改 and is audited.
 */
@Component
class IssueRaising {

    static final String ENTITY = "ISSUE";

    private final IssueRepository issues;
    private final InspectionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueRaising(IssueRepository issues, InspectionAccess access, ApplicationEventPublisher events, Clock clock) {
        this.issues = issues;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    Issue raise(long projectId, IssueSource source, long sourceId, Long workItemId, Long householdId, IssueData data,
                LocalDate raisedOn, boolean sample) {
        Issue issue = issues.save(new Issue(projectId, source, sourceId, workItemId, householdId, data, raisedOn,
                access.actor().username(), clock.instant(), sample));
        events.publishEvent(EntityChanged.created(ENTITY, issue.getId(), issue.snapshot()));
        return issue;
    }
}
