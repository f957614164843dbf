package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.Check;
import org.chenggeng.inspection.CheckResult;
import org.chenggeng.inspection.InspectionDetails;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.inspection.IssueSource;
import org.chenggeng.inspection.Participant;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.shared.ui.RecordRoute;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One inspection as recorded: who, when, the checklist, the items looked at, the photos, and each finding. */
@Route("inspections/:id")
@PermitAll
@StyleSheet("assets/inspection.css")
class InspectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InspectionService inspections;
    private final transient PhotoWidgets photos;
    private final transient IssueService issues;
    private String title = "";

    InspectionView(InspectionService inspections, PhotoWidgets photos, IssueService issues) {
        this.inspections = inspections;
        this.photos = photos;
        this.issues = issues;
        addClassNames("page", "inspection-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> render(inspections.get(id)));
    }

    private void render(InspectionDetails d) {
        removeAll();
        var locale = getLocale();
        title = getTranslation("inspection.view.title", getTranslation(d.kind().labelKey()), Formats.date(d.date(), locale));
        Map<Long, WorkItemRow> items = inspections.workItems(d.projectId());
        Div head = new Div(new H2(title), InspectionTexts.conclusion(this, d.conclusion()));
        head.addClassName("card-head");
        if (d.sample()) {
            head.add(Badges.of(getTranslation("sample.badge"), "contrast"));
        }
        Span project = new Span(d.projectName() + " · " + getTranslation("inspection.recordedBy", d.recordedBy(),
                Formats.dateTime(d.recordedAt(), locale)));
        project.addClassName("hint");
        add(new Anchor("projects/" + d.projectId() + "/inspections", getTranslation("inspection.backToProject")),
                head, project);
        Div who = new Div();
        who.addClassName("participant-view");
        for (Participant p : d.participants()) {
            who.add(new Div(new Span(p.organisation()), new Span(p.names())));
        }
        add(new H3(getTranslation("inspection.participants")), who);
        if (!d.workItemIds().isEmpty()) {
            add(new H3(getTranslation("inspection.items")), new Paragraph(names(d.workItemIds(), items)));
        }
        Div checks = new Div();
        checks.addClassName("checklist");
        for (Check c : d.checks()) {
            Div line = new Div(new Span(c.text(locale)), Badges.of(getTranslation(c.result().labelKey()),
                    c.result() == CheckResult.FAILED ? "error" : c.result() == CheckResult.OK ? "success" : "contrast"));
            line.addClassName("check-line");
            checks.add(line);
        }
        add(new H3(getTranslation("inspection.checklist")), checks);
        if (d.note() != null) {
            Paragraph note = new Paragraph(d.note());
            note.addClassName("prose");
            add(new H3(getTranslation("inspection.note")), note);
        }
        add(new H3(getTranslation("inspection.sitePhotos")), photos.forRecord(OwnerType.INSPECTION, d.id()));
        add(new H3(getTranslation("inspection.findings")));
        if (d.findings().isEmpty()) {
            Span none = new Span(getTranslation("inspection.findings.none"));
            none.addClassName("hint");
            add(none);
        }
        Map<Long, IssueRow> raised = issues.ofProject(d.projectId()).stream()
                .filter(r -> r.source() == IssueSource.FINDING)
                .collect(Collectors.toMap(IssueRow::sourceId, r -> r, (a, b) -> a));
        for (InspectionDetails.FindingRow f : d.findings()) {
            Div card = new Div();
            card.addClassName("finding-card");
            card.setId("finding-card-" + f.number());
            Span number = new Span(getTranslation("inspection.finding.number", f.number()));
            number.addClassName("finding-number");
            Paragraph text = new Paragraph(f.description());
            text.addClassName("prose");
            card.add(number, text);
            if (!f.workItemIds().isEmpty()) {
                Span concerned = new Span(names(f.workItemIds(), items));
                concerned.addClassName("hint");
                card.add(concerned);
            }
            card.add(photos.forRecord(OwnerType.FINDING, f.id()));
            IssueRow issue = raised.get(f.id());
            if (issue != null) {
                card.add(new IssueCard(issue, false));
            }
            add(card);
        }
    }

    private String names(Set<Long> ids, Map<Long, WorkItemRow> items) {
        return ids.stream().map(items::get).filter(java.util.Objects::nonNull)
                .map(i -> InspectionTexts.item(i, getLocale())).sorted()
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
