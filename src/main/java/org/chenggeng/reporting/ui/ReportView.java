package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.ImportRunner;

import java.util.function.Function;

/**
 * The report officials come for, for any region they see (or one project) and period: a preview of the document
 * and its Word, Excel, PDF and CSV downloads; for one project, the photo appendix of its Word and PDF. {@code ?project=<id>&year=2022} preselects a project and a period year,
 * as project pages link here; {@code ?region=&status=&projectYear=} the dashboard's filter, so that the report counts
 * what the dashboard shows. Scope is the services' business: each user sees and downloads only their projects.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 5, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL, Roles.PROJECT_MANAGER, Roles.COMMUNITY_COMMITTEE})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReportExportService exports;
    private final ReportFilters filters;
    private final ReportPreview preview = new ReportPreview();
    private final PhotoChoice photos;

    ReportView(ReportExportService exports, ImportRunner runner, RegionService regions, CompoundService compounds,
               ProjectQueries projects, ReportPhotos reportPhotos) {
        this.exports = exports;
        this.filters = new ReportFilters(regions, compounds, projects, this::refresh);
        this.photos = new PhotoChoice(reportPhotos);
        setMaxWidth("80em");
        add(filters, photos, new ReportDownloads(exports, runner,
                () -> filters.request().withPhotos(photos.selection())), preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Function<String, Long> number = name -> query.getSingleParameter(name).map(ReportView::number).orElse(null);
        ProjectStatus status = query.getSingleParameter("status").flatMap(s -> java.util.Arrays
                .stream(ProjectStatus.values()).filter(v -> v.name().equals(s)).findFirst()).orElse(null);
        filters.preselect(new ReportFilters.Preselection(number.apply("project"), number.apply("region"), status,
                year(number.apply("projectYear")), year(number.apply("year"))));
        refresh();
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(Long number) {
        return number == null || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? null : number.intValue();
    }

    private void refresh() {
        ReportRequest request = filters.request();
        preview.show(exports.content(request, getLocale()));
        photos.project(request.projectId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
