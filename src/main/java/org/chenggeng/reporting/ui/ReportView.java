package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.project.ProjectService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.ImportRunner;

/**
 * The report officials come for, for any region they see (or one project) and period: a preview of the document
 * and its Word, Excel, PDF and CSV downloads. {@code ?project=<id>&year=2022} preselects a project and a year, as
 * the dashboard links here. Scope is the services' business: each user sees and downloads only their projects.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 5, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.PROJECT_MANAGER, Roles.COMMUNITY_COMMITTEE})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReportExportService exports;
    private final ReportFilters filters;
    private final ReportPreview preview = new ReportPreview();

    ReportView(ReportExportService exports, ImportRunner runner, RegionService regions, CompoundService compounds,
               ProjectService projects) {
        this.exports = exports;
        this.filters = new ReportFilters(regions, compounds, projects, this::refresh);
        setMaxWidth("80em");
        add(filters, new ReportDownloads(exports, runner, filters::request), preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        filters.preselect(number(query.getSingleParameter("project").orElse(null)),
                number(query.getSingleParameter("year").orElse(null)) == null ? null
                        : number(query.getSingleParameter("year").get()).intValue());
        refresh();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        preview.show(exports.content(filters.request(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
