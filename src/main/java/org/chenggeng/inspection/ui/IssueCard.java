package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueStatus;
import org.chenggeng.inspection.Severity;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;

/** An issue in a list: severity, status, what to rectify, who answers for it, its deadline and how late it is. */
class IssueCard extends Anchor {

    IssueCard(IssueRow r, boolean showProject) {
        super("issues/" + r.id());
        addClassName("issue-card");
        setId("issue-" + r.id());
        if (r.overdue()) {
            addClassName("overdue");
        }
        var locale = getLocale();
        Div head = new Div(severity(this, r.severity()), status(this, r.status()));
        head.addClassName("card-head");
        if (r.overdue()) {
            head.add(Badges.of(getTranslation("issue.overdueDays", r.daysOverdue()), "error primary"));
        }
        if (r.returnedCount() > 0) {
            head.add(Badges.of(getTranslation("issue.returnedTimes", r.returnedCount()), "contrast"));
        }
        Paragraph text = new Paragraph(r.description());
        text.addClassName("prose");
        Span who = new Span((showProject ? r.projectName() + " · " : "") + r.responsibleUnit() + " · "
                + getTranslation("issue.deadlineOn", Formats.date(r.deadline(), locale))
                + (r.closedOn() == null ? "" : " · " + getTranslation("issue.closedOn", Formats.date(r.closedOn(), locale))));
        who.addClassName("hint");
        add(head, text, who);
    }

    static Span severity(com.vaadin.flow.component.Component owner, Severity s) {
        return Badges.of(owner.getTranslation(s.labelKey()), switch (s) {
            case SEVERE -> "error primary";
            case MAJOR -> "error";
            case GENERAL -> "contrast";
        });
    }

    static Span status(com.vaadin.flow.component.Component owner, IssueStatus s) {
        return Badges.of(owner.getTranslation(s.labelKey()), switch (s) {
            case OPEN -> "";
            case SUBMITTED -> "primary";
            case CLOSED -> "success";
        });
    }
}
