package org.chenggeng.evidence;

import java.util.Locale;
import java.util.Map;

/**
 * Implemented by the work module: the names of a project's work items in the user's language, so that the 影像资料
 * page can sort photos by work item without reading the work module's tables. Scope is checked by the implementation.
 */
public interface WorkItemLabels {

    /** Every work item of the project by id, in plan order, with its name (and location, if any). */
    Map<Long, String> of(long projectId, Locale locale);

    /** The same for the items still planned (not retired). */
    Map<Long, String> active(long projectId, Locale locale);
}
