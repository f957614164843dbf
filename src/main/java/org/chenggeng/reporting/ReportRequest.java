package org.chenggeng.reporting;

import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.project.ProjectFilter;

/**
 * What a report covers: the projects in the user's scope that match the filter (or the one project named), the
 * period, whether large quantities are written in 万, how the narrative sentence is ordered and ended, and, for a
 * project's report, the before/after photo pairs of its appendix in Word and PDF ({@code photos} null: none).
 */
public record ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands,
                            NarrativeStyle narrative, ReportPhotos.Selection photos) {

    public ReportRequest {
        filter = filter == null ? ProjectFilter.none() : filter;
        period = period == null ? Period.all() : period;
        narrative = narrative == null ? NarrativeStyle.USUAL : narrative;
    }

    /** Without a photo appendix. */
    public ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands,
                         NarrativeStyle narrative) {
        this(filter, projectId, period, tenThousands, narrative, null);
    }

    /** In the usual narrative style. */
    public ReportRequest(ProjectFilter filter, Long projectId, Period period, boolean tenThousands) {
        this(filter, projectId, period, tenThousands, NarrativeStyle.USUAL);
    }

    public static ReportRequest project(long projectId, Period period) {
        return new ReportRequest(ProjectFilter.none(), projectId, period, false);
    }

    /** The same report with the given photo appendix, or without one (null). */
    public ReportRequest withPhotos(ReportPhotos.Selection photos) {
        return new ReportRequest(filter, projectId, period, tenThousands, narrative, photos);
    }

    /** Whether the Word and PDF exports end with a photo appendix: asked for, on a report of one project. */
    public boolean hasPhotoAppendix() {
        return photos != null && projectId != null;
    }
}
