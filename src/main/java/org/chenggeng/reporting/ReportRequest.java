package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;

/**
 * What a report covers: the projects in the user's scope that match the filter (or the one project named), the
 * period, and whether large quantities are written in 万.
 */
public record ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands) {

    public ReportRequest {
        filter = filter == null ? ProjectFilter.none() : filter;
        period = period == null ? Period.all() : period;
    }

    public static ReportRequest project(long projectId, Period period) {
        return new ReportRequest(ProjectFilter.none(), projectId, period, false);
    }
}
