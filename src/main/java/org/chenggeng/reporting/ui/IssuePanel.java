package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.chenggeng.inspection.InspectionReadService;
import org.chenggeng.inspection.InspectionReadService.Figure;
import org.chenggeng.inspection.IssueFigures;
import org.chenggeng.inspection.Severity;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.shared.ui.Formats;

/**
 * The dashboard's inspections and issues: inspections recorded, issues open by severity, waiting for re-check,
 * overdue (the project manager's turn, past the deadline) and closed, the median days to close; then completion
 * acceptances passed, households accepted, hand-overs and repairs. A click on a count lists what is behind it
 * ({@link IssueDrills}), and a click on a row opens it.
 */
class IssuePanel extends Div {

    private final transient InspectionReadService reads;
    private final FlexLayout figures = new FlexLayout();
    private final FlexLayout ending = new FlexLayout();

    IssuePanel(InspectionReadService reads) {
        this.reads = reads;
        addClassName("issue-panel");
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("issue-figures");
        ending.addClassName("figures");
        ending.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        ending.setId("ending-figures");
        add(new H3(getTranslation("dashboard.issues.title")), figures, ending);
    }

    void show(ProjectFilter filter) {
        IssueFigures f = reads.figures(filter);
        var locale = getLocale();
        figures.removeAll();
        Div inspections = figure("inspections", Formats.number(f.inspections(), locale));
        drill(inspections, () -> IssueDrills.inspections(this, title("inspections"), reads.inspections(filter)));
        figures.add(inspections, issues("raised", f.raised(), filter, Figure.RAISED),
                issues("open", f.open(), filter, Figure.OPEN));
        for (Severity s : Severity.values()) {
            figures.add(issues("open" + s.name(), f.open(s), filter, Figure.valueOf("OPEN_" + s.name())));
        }
        figures.add(issues("awaitingRecheck", f.awaitingRecheck(), filter, Figure.AWAITING_RECHECK),
                issues("overdue", f.overdue(), filter, Figure.OVERDUE),
                issues("closed", f.closed(), filter, Figure.CLOSED),
                figure("medianDays", f.medianDaysToClose() == null ? "—"
                        : getTranslation("feedback.days", Formats.number(f.medianDaysToClose(), locale))));
        InspectionReadService.Ending e = reads.ending(filter);
        ending.removeAll();
        Div passed = figure("completionPassed", Formats.number(e.completionPassed(), locale));
        drill(passed, () -> IssueDrills.projects(this, title("completionPassed"), reads.endingProjects(filter, false),
                "acceptance"));
        Div households = figure("households", e.householdProjects() == 0 ? "—" : getTranslation(
                "dashboard.issues.householdsValue", Formats.number(e.householdsAccepted(), locale),
                Formats.number(e.households(), locale)));
        drill(households, () -> IssueDrills.households(this, title("households"), reads.householdProjects(filter)));
        Div handed = figure("handedOver", Formats.number(e.handedOver(), locale));
        drill(handed, () -> IssueDrills.projects(this, title("handedOver"), reads.endingProjects(filter, true),
                "handover"));
        ending.add(passed, households, handed, issues("repairs", e.repairs(), filter, Figure.REPAIRS));
    }

    java.util.Locale locale() {
        return getLocale();
    }

    private String title(String name) {
        return getTranslation("dashboard.issues." + name);
    }

    private Div issues(String name, long count, ProjectFilter filter, Figure which) {
        Div d = figure(name, Formats.number(count, getLocale()));
        drill(d, () -> IssueDrills.issues(this, title(name), reads.issues(filter, which)));
        return d;
    }

    private static void drill(Div figure, Runnable open) {
        figure.addClassName("clickable");
        figure.getStyle().set("cursor", "pointer");
        figure.addClickListener(e -> open.run());
    }

    private Div figure(String name, String value) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Div d = new Div(new Span(title(name)), number);
        d.addClassName("figure");
        d.setId("figure-issues-" + name);
        return d;
    }
}
