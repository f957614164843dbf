package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.AcceptanceService;
import org.chenggeng.inspection.CompletionData;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.inspection.IssueStatus;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.shared.ui.RecordRoute;

/**
 * Recording a completion acceptance (竣工验收): date, organiser, each party present with its people, the conclusion and
 * the opinion, beside the issues still open (which the record lists as they stand); photos of the signed form and
 * the site upload once it is saved.
 */
@Route("projects/:id/acceptance/new")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL, Roles.SUPERVISOR})
@StyleSheet("assets/inspection.css")
class CompletionFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AcceptanceService acceptances;
    private final transient IssueService issues;
    private final transient ProjectAccess projects;
    private final transient PhotoWidgets photoWidgets;
    private long projectId;
    private String title = "";

    CompletionFormView(AcceptanceService acceptances, IssueService issues, ProjectAccess projects,
                       PhotoWidgets photoWidgets) {
        this.acceptances = acceptances;
        this.issues = issues;
        this.projects = projects;
        this.photoWidgets = photoWidgets;
        addClassNames("page", "acceptance-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            if (!acceptances.mayRecord(id)) {
                event.forwardTo("projects/" + id + "/inspections");
                return;
            }
            render(projects.get(id));
        });
    }

    private void render(ProjectAccess.ProjectDetails project) {
        removeAll();
        title = getTranslation("acceptance.new.title");
        DatePicker date = DatePickers.create(getTranslation("acceptance.date"), getLocale());
        date.setValue(UiClock.today());
        date.setMax(UiClock.today());
        date.setId("acceptance-date");
        TextField organiser = new TextField(getTranslation("acceptance.organiser"));
        organiser.setMaxLength(200);
        organiser.setId("acceptance-organiser");
        Div head = new Div(date, organiser);
        head.addClassName("form-pair");
        PartyRows parties = new PartyRows(project.data().implementingUnit());
        Div open = new Div();
        open.addClassName("issue-list");
        open.setId("acceptance-open-issues");
        var stillOpen = issues.ofProject(projectId).stream().filter(i -> i.status() != IssueStatus.CLOSED).toList();
        if (stillOpen.isEmpty()) {
            Span none = new Span(getTranslation("acceptance.openIssues.none"));
            none.addClassName("hint");
            open.add(none);
        }
        stillOpen.forEach(i -> open.add(new IssueCard(i, false)));
        RadioButtonGroup<Conclusion> conclusion = new RadioButtonGroup<>();
        conclusion.setLabel(getTranslation("acceptance.conclusion"));
        conclusion.setItems(Conclusion.values());
        conclusion.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        conclusion.setId("acceptance-conclusion");
        TextArea opinion = new TextArea(getTranslation("acceptance.opinion"));
        opinion.setMaxLength(2000);
        opinion.setWidthFull();
        opinion.setId("acceptance-opinion");
        PhotoUploader photos = photoWidgets.forNew(OwnerType.ACCEPTANCE);
        Button save = new Button(getTranslation("acceptance.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("acceptance-save");
        save.addClickListener(e -> {
            try {
                Long id = acceptances.record(projectId, new CompletionData(date.getValue(), organiser.getValue(),
                        parties.value(), conclusion.getValue(), opinion.getValue()));
                photos.attachTo(id);
                date.setReadOnly(true);
                organiser.setReadOnly(true);
                parties.lock();
                conclusion.setReadOnly(true);
                opinion.setReadOnly(true);
                save.setVisible(false);
                Span done = new Span(getTranslation("inspection.savedUploading"));
                done.addClassName("hint");
                Button back = new Button(getTranslation("acceptance.open"), VaadinIcon.ARROW_RIGHT.create(),
                        b -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/inspections?tab=acceptance")));
                back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                back.setId("acceptance-open");
                add(done, back);
                Notifications.success("acceptance.saved");
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        add(new Anchor("projects/" + projectId + "/inspections?tab=acceptance", getTranslation("inspection.backToProject")),
                new H2(title), new Span(project.data().name()), head, new H3(getTranslation("acceptance.parties")), parties,
                new H3(getTranslation("acceptance.openIssues")), open, conclusion, opinion,
                new H3(getTranslation("acceptance.photos")), photos, save);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
