package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.AcceptanceRow;
import org.chenggeng.inspection.AcceptanceService;
import org.chenggeng.inspection.PartyParticipant;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Messages;

/**
 * The project's 验收 tab: what 验收 still needs (each gap as the lifecycle says it), the completion acceptances held,
 * and for who may, the button to record one.
 */
class AcceptancePanel extends Div {

    AcceptancePanel(long projectId, ProjectStatus status, AcceptanceService acceptances, PhotoWidgets photos,
                    org.chenggeng.inspection.HouseholdAcceptanceService households,
                    java.util.Collection<org.chenggeng.work.WorkItemRow> items, Runnable reload) {
        addClassName("issue-list");
        setId("acceptance-panel");
        if (status == ProjectStatus.COMPLETED) {
            var gaps = acceptances.acceptanceGaps(projectId);
            Div box = new Div();
            box.addClassName(gaps.isEmpty() ? "banner-success" : "banner-warning");
            box.setId("acceptance-gaps");
            box.add(new Span(getTranslation(gaps.isEmpty() ? "acceptance.gaps.none" : "acceptance.gaps.title")));
            UnorderedList list = new UnorderedList();
            gaps.forEach(g -> list.add(new ListItem(Messages.sentence(com.vaadin.flow.component.UI.getCurrent(),
                    g.messageKey(), g.arguments().toArray()))));
            if (!gaps.isEmpty()) {
                box.add(list);
            }
            add(box);
        }
        if (acceptances.mayRecord(projectId)) {
            Button record = new Button(getTranslation("acceptance.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/acceptance/new")));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("new-acceptance");
            add(record);
        }
        add(new H3(getTranslation("acceptance.completion")));
        var rows = acceptances.list(projectId);
        if (rows.isEmpty()) {
            Span none = new Span(getTranslation("acceptance.none"));
            none.addClassName("hint");
            add(none);
        }
        var locale = getLocale();
        for (AcceptanceRow a : rows) {
            Div card = new Div();
            card.addClassName("acceptance-card");
            card.setId("acceptance-" + a.id());
            Div head = new Div(new Span(getTranslation("acceptance.cardTitle", Formats.date(a.date(), locale))),
                    InspectionTexts.conclusion(this, a.conclusion()));
            head.addClassName("card-head");
            if (a.sample()) {
                head.add(Badges.of(getTranslation("sample.badge"), "contrast small"));
            }
            Span organiser = new Span(getTranslation("acceptance.organisedBy", a.organiser()));
            organiser.addClassName("hint");
            Div who = new Div();
            who.addClassName("participant-view");
            for (PartyParticipant p : a.participants()) {
                who.add(new Div(new Span(getTranslation(p.party().labelKey())), new Span(p.organisation() + " · " + p.names())));
            }
            card.add(head, organiser, who);
            if (a.opinion() != null) {
                Paragraph opinion = new Paragraph(a.opinion());
                opinion.addClassName("prose");
                card.add(opinion);
            }
            if (a.openIssues() != null) {
                Paragraph open = new Paragraph(getTranslation("acceptance.openIssuesThen") + "\n" + a.openIssues());
                open.addClassName("prose");
                open.getStyle().set("white-space", "pre-line");
                card.add(open);
            }
            card.add(photos.forRecord(OwnerType.ACCEPTANCE, a.id()));
            add(card);
        }
        Anchor documents = new Anchor("projects/" + projectId + "/photos", getTranslation("acceptance.documents"));
        add(documents, new HouseholdSection(projectId, households, items, reload));
    }
}
