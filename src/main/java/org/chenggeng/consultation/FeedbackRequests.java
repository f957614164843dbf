package org.chenggeng.consultation;

import org.chenggeng.work.WorkItemRequests;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Tells the work module which feedback asked for its work items. */
@Component
class FeedbackRequests implements WorkItemRequests {

    private final FeedbackService feedback;

    FeedbackRequests(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Map<Long, List<String>> requestsFor(long projectId, Collection<Long> workItemIds) {
        return feedback.requestsFor(projectId, workItemIds);
    }
}
