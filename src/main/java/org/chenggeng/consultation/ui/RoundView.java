package org.chenggeng.consultation.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.ItemTally;
import org.chenggeng.consultation.RoundService.RoundDetails;
import org.chenggeng.consultation.RoundService.RoundRow;
import org.chenggeng.consultation.RoundStatus;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.WorkItemService;

/**
 * One round: what it asks and of whom, its tally against the rule (for the round and for each proposed work
 * item), and for its committee the way to record answers, change it while open, and close it.
 */
@Route("consultation/rounds/:id")
@PermitAll
class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RoundService rounds;
    private final transient HouseholdService households;
    private final transient WorkItemService workItems;
    private final transient ProjectAccess projects;
    private final transient org.chenggeng.consultation.SurveyCodes surveyCodes;
    private long roundId;
    private String title = "";

    RoundView(RoundService rounds, HouseholdService households, WorkItemService workItems, ProjectAccess projects,
              org.chenggeng.consultation.SurveyCodes surveyCodes) {
        this.surveyCodes = surveyCodes;
        this.rounds = rounds;
        this.households = households;
        this.workItems = workItems;
        this.projects = projects;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            roundId = id;
            render(rounds.get(id));
        });
    }

    private void render(RoundDetails d) {
        removeAll();
        RoundRow r = d.round();
        var locale = getLocale();
        title = getTranslation("round.title", r.number(), getTranslation(r.kind().labelKey()));
        add(new Anchor("projects/" + d.projectId() + "/consultation",
                getTranslation("round.backToConsultation", d.projectName())));
        H2 heading = new H2(title);
        heading.setId("round-title");
        HorizontalLayout head = new HorizontalLayout(heading, Badges.of(getTranslation(r.status().labelKey()),
                r.status() == RoundStatus.OPEN ? "primary" : "contrast"));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.getStyle().set("flex-wrap", "wrap");
        Span spacer = new Span();
        head.add(spacer);
        head.expand(spacer);
        if (d.mayRecord()) {
            Button record = new Button(getTranslation("round.record"), VaadinIcon.CLIPBOARD_USER.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("consultation/rounds/" + roundId + "/record")));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("record-answers");
            Button edit = new Button(getTranslation("round.edit"), VaadinIcon.EDIT.create(),
                    e -> new RoundDialog(rounds, households, workItems, projects.get(d.projectId()), d,
                            id -> reload()).open());
            edit.setId("edit-round");
            Button close = new Button(getTranslation("round.close"), VaadinIcon.LOCK.create(), e -> confirmClose(d));
            close.setId("close-round");
            head.add(record, edit, close);
        }
        add(head);
        FormLayout facts = new FormLayout();
        facts.addClassName("details");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(new Span(d.projectCode() + " " + d.projectName()), getTranslation("round.project"));
        facts.addFormItem(new Span(getTranslation(r.method().labelKey())), getTranslation("round.method"));
        facts.addFormItem(new Span(Scopes.label(this, r)), getTranslation("round.scope"));
        facts.addFormItem(new Span(Formats.date(r.opensOn(), locale) + " – " + Formats.date(r.closesOn(), locale)),
                getTranslation("round.dates"));
        if (r.consentRule() != null) {
            facts.addFormItem(new Span(getTranslation(r.consentRule().labelKey())), getTranslation("round.rule"));
        }
        facts.addFormItem(new Span(getTranslation("round.recordedOf", Formats.number(r.recorded(), locale),
                Formats.number(r.households(), locale))), getTranslation("round.recorded"));
        if (d.closedBy() != null) {
            facts.addFormItem(new Span(Formats.dateTime(d.closedAt(), locale) + " · " + d.closedBy()),
                    getTranslation("round.closedBy"));
        }
        if (d.summary() != null) {
            Span summary = new Span(d.summary());
            facts.addFormItem(summary, getTranslation("round.summary"));
            facts.setColspan(summary.getParent().orElse(summary), 2);
        }
        add(facts);
        if (r.kind() == org.chenggeng.consultation.RoundKind.SATISFACTION) {
            add(new H3(getTranslation("surveyCodes.title")), new SurveyCodesPanel(surveyCodes, roundId));
        }
        add(new H3(getTranslation("round.tally")));
        TallyPanel overall = new TallyPanel(r.tally(), r.kind());
        overall.setId("round-tally");
        add(overall);
        for (ItemTally item : d.items()) {
            add(new H3(getTranslation("round.itemTally", item.name(locale))));
            add(new TallyPanel(item.tally(), r.kind()));
        }
    }

    private void confirmClose(RoundDetails d) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("round.close.title", d.round().number()));
        confirm.setText(getTranslation("round.close.text", d.round().recorded(), d.round().households()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("round.close"));
        confirm.addConfirmListener(e -> {
            try {
                rounds.close(roundId, d.round().version());
                Notifications.success("round.closed", d.round().number());
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
            reload();
        });
        confirm.open();
    }

    private void reload() {
        render(rounds.get(roundId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
