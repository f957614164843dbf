package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;

/**
 * What a report covers: the projects in the user's scope that match the filter (or the one project named), the
 * period, whether large quantities are written in 万, and how the narrative sentence is ordered and ended.
 */
public record ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands,
                            NarrativeStyle narrative) {

    public ReportRequest {
        filter = filter == null ? ProjectFilter.none() : filter;
        period = period == null ? Period.all() : period;
        narrative = narrative == null ? NarrativeStyle.USUAL : narrative;
    }

    /** In the usual narrative style. */
    public ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands) {
        this(filter, projectId, period, tenThousands, NarrativeStyle.USUAL);
    }

    public static ReportRequest project(long projectId, Period period) {
        return new ReportRequest(ProjectFilter.none(), projectId, period, false);
    }
}
