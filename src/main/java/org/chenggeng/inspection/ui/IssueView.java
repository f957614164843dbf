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
import org.chenggeng.inspection.IssueDetails;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.inspection.IssueSource;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.RecordRoute;

/**
 * One issue on a phone or a desk: what to rectify, who answers for it and by when, the photos of what was found, its
 * way so far (each rectification with its photos, each send-back with its reason), and what the signed-in user may do
 * now: the project manager answers with the rectification and photos, the inspector re-checks it.
 */
@Route("issues/:id")
@PermitAll
@StyleSheet("assets/inspection.css")
class IssueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IssueService issues;
    private final transient PhotoWidgets photos;
    private final Div summary = new Div();
    private final Div way = new Div();
    private final Div actions = new Div();
    private long issueId;
    private String title = "";

    IssueView(IssueService issues, PhotoWidgets photos) {
        this.issues = issues;
        this.photos = photos;
        addClassNames("page", "issue-view");
        way.addClassName("issue-way");
        way.setId("issue-way");
        actions.addClassName("issue-actions");
        actions.setId("issue-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            IssueDetails d = issues.get(id);
            issueId = id;
            removeAll();
            add(summary, way, actions);
            show(d);
            showActions(d);
        });
    }

    /** After a step: the issue and its way read again; the action area is the step's own to update. */
    void refresh() {
        show(issues.get(issueId));
    }

    void reopenActions() {
        IssueDetails d = issues.get(issueId);
        show(d);
        showActions(d);
    }

    private void show(IssueDetails d) {
        IssueRow r = d.issue();
        var locale = getLocale();
        title = getTranslation("issue.title", String.valueOf(r.id()));
        summary.removeAll();
        Div head = new Div(new H2(title), IssueCard.severity(this, r.severity()), IssueCard.status(this, r.status()));
        head.addClassName("card-head");
        head.setId("issue-head");
        if (r.overdue()) {
            head.add(Badges.of(getTranslation("issue.overdueDays", r.daysOverdue()), "error primary"));
        }
        Paragraph text = new Paragraph(r.description());
        text.addClassName("prose");
        text.setId("issue-description");
        Div facts = new Div(fact("issue.project", new Anchor("projects/" + r.projectId() + "/inspections?tab=issues",
                        r.projectName())),
                fact("issue.source", new Span(getTranslation(r.source().labelKey()))),
                fact("issue.responsibleUnit", new Span(r.responsibleUnit())),
                fact("issue.deadline", new Span(Formats.date(r.deadline(), locale))),
                fact("issue.raised", new Span(getTranslation("issue.raisedBy", r.raisedBy(),
                        Formats.date(r.raisedOn(), locale)))));
        if (r.closedOn() != null) {
            facts.add(fact("issue.closed", new Span(Formats.date(r.closedOn(), locale))));
        }
        if (d.inspectionId() != null) {
            facts.add(fact("issue.inspection", new Anchor("inspections/" + d.inspectionId(),
                    getTranslation("issue.openInspection"))));
        }
        facts.addClassName("participant-view");
        summary.add(new Anchor("issues", getTranslation("issue.backToList")), head, text, facts);
        if (r.source() == IssueSource.FINDING) {
            summary.add(new H3(getTranslation("issue.foundPhotos")), photos.forRecord(OwnerType.FINDING, r.sourceId()));
        } else {
            summary.add(new H3(getTranslation("issue.photos")), photos.forRecord(OwnerType.ISSUE, r.id()));
        }
        way.removeAll();
        way.add(new H3(getTranslation("issue.way")));
        if (d.steps().isEmpty()) {
            Span none = new Span(getTranslation("issue.way.none"));
            none.addClassName("hint");
            way.add(none);
        }
        for (IssueDetails.Step s : d.steps()) {
            Div step = new Div();
            step.addClassName("issue-step");
            step.addClassName("step-" + s.kind().toLowerCase(java.util.Locale.ROOT));
            Span what = new Span(getTranslation("issue.step." + s.kind()));
            what.addClassName("history-step");
            Span when = new Span(s.actor() + " · " + Formats.dateTime(s.at(), locale));
            when.addClassName("hint");
            step.add(what, when);
            if (s.text() != null) {
                Paragraph p = new Paragraph(s.text());
                p.addClassName("prose");
                step.add(p);
            }
            if (s.isAnswer()) {
                step.add(photos.forRecord(OwnerType.RECTIFICATION, s.id()));
            }
            way.add(step);
        }
    }

    private void showActions(IssueDetails d) {
        actions.removeAll();
        if (d.mayAnswer()) {
            actions.add(new RectificationForm(issues, photos, d.issue(), this));
        } else if (d.mayCheck()) {
            actions.add(new RecheckForm(issues, d.issue(), this));
        }
    }

    private Div fact(String key, com.vaadin.flow.component.Component value) {
        Div line = new Div(new Span(getTranslation(key)), value);
        return line;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
