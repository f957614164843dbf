package org.chenggeng.work;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The resident feedback that asked for a project's work items, supplied by the consultation module (which depends
 * on this one), so that a work item shows who wanted it.
 */
public interface WorkItemRequests {

    /**
     * Per work item, the feedback linked to it: its text where the signed-in user may read the project's feedback,
     * {@code null} entries (a count only) where they may not.
     */
    Map<Long, List<String>> requestsFor(long projectId, Collection<Long> workItemIds);
}
