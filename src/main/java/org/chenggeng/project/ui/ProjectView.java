package org.chenggeng.project.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectNotices;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectAccess.ProjectDetails;
import org.chenggeng.project.TransitionRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;

/** One project: its details, compounds, lifecycle and the history of its transitions. */
@Route("projects/:id")
@PermitAll
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectAccess projects;
    private final transient ProjectLifecycle lifecycle;
    private final transient ProjectEditing editing;
    private final transient CompoundService compounds;
    private final transient java.util.List<ProjectNotices> notices;
    private long projectId;
    private String title = "";

    ProjectView(ProjectAccess projects, ProjectLifecycle lifecycle, ProjectEditing editing,
                CompoundService compounds, java.util.List<ProjectNotices> notices) {
        this.notices = notices;
        this.editing = editing;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.compounds = compounds;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            render(projects.get(id));
        });
    }

    private void reload() {
        render(projects.get(projectId));
    }

    private void render(ProjectDetails p) {
        removeAll();
        ProjectData d = p.data();
        title = d.name();
        add(new RouterLink(getTranslation("project.backToList"), ProjectListView.class));
        HorizontalLayout head = new HorizontalLayout();
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.getStyle().set("flex-wrap", "wrap");
        H2 name = new H2(d.name());
        name.setId("project-title");
        head.add(name, StatusBadges.of(new Span(), p.status()));
        if (d.pilot()) {
            head.add(Badges.of(getTranslation("project.pilot.badge"), "primary"));
        }
        if (p.sample()) {
            head.add(Badges.of(getTranslation("sample.badge"), "contrast"));
        }
        Span spacer = new Span();
        head.add(spacer);
        head.expand(spacer);
        Button progress = new Button(getTranslation("project.progress"), VaadinIcon.CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/progress")));
        progress.setId("open-progress");
        Button consultation = new Button(getTranslation("project.consultation"), VaadinIcon.USERS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/consultation")));
        consultation.setId("open-consultation");
        Button photos = new Button(getTranslation("project.photos"), VaadinIcon.PICTURE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/photos")));
        photos.setId("open-photos");
        Button funding = new Button(getTranslation("project.funding"), VaadinIcon.MONEY.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/funding")));
        funding.setId("open-funding");
        Button inspections = new Button(getTranslation("project.inspections"), VaadinIcon.CLIPBOARD_CHECK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/inspections")));
        inspections.setId("open-inspections");
        Button noticesPage = new Button(getTranslation("project.notices"), VaadinIcon.MEGAPHONE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/notices")));
        noticesPage.setId("open-notices");
        Button publicPage = new Button(getTranslation("project.publicPage"), VaadinIcon.GLOBE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + p.id() + "/public")));
        publicPage.setId("open-public-page");
        head.add(progress, consultation, photos, funding, inspections, noticesPage, publicPage);
        if (p.editable()) {
            Button edit = new Button(getTranslation("project.edit"), VaadinIcon.EDIT.create(),
                    e -> new ProjectFormDialog(editing, compounds, p, id -> reload()).open());
            edit.setId("edit-project");
            head.add(edit);
        }
        if (p.allowedNext() != null) {
            Button next = new Button(getTranslation("project.transition.button", getTranslation(p.allowedNext().labelKey())),
                    VaadinIcon.ARROW_RIGHT.create(), e -> new TransitionDialog(projects, lifecycle, p, this::reload).open());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("transition-button");
            head.add(next);
        }
        add(head, lifecycle(p.status()));
        notices.stream().flatMap(n -> n.of(p.id()).stream()).forEach(this::notice);
        add(details(p));
        add(new H3(getTranslation("project.compounds")), compoundGrid(p));
        add(new H3(getTranslation("project.history")), history());
    }

    /** A notice from another module: its sentence, and a link to the page that tells more. */
    private void notice(ProjectNotices.Notice n) {
        Div banner = new Div(new Span(org.chenggeng.shared.ui.Messages.sentence(com.vaadin.flow.component.UI.getCurrent(), n.messageKey(),
                n.arguments().toArray())));
        banner.addClassName(n.warning() ? "banner-warning" : "banner-success");
        banner.addClassName("project-notice");
        if (n.route() != null) {
            com.vaadin.flow.component.html.Anchor more = new com.vaadin.flow.component.html.Anchor(n.route(),
                    getTranslation("project.notice.more"));
            more.getStyle().set("margin-inline-start", "0.75rem");
            banner.add(more);
        }
        add(banner);
    }

    private FlexLayout lifecycle(ProjectStatus current) {
        FlexLayout steps = new FlexLayout();
        steps.addClassName("lifecycle");
        steps.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (ProjectStatus s : ProjectStatus.values()) {
            Div step = new Div(new Span(getTranslation(s.labelKey())));
            step.addClassName("lifecycle-step");
            if (s.ordinal() < current.ordinal()) {
                step.addClassName("done");
            } else if (s == current) {
                step.addClassName("current");
            }
            steps.add(step);
        }
        return steps;
    }

    private FormLayout details(ProjectDetails p) {
        ProjectData d = p.data();
        var locale = getLocale();
        FormLayout form = new FormLayout();
        form.addClassName("details");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1, FormLayout.ResponsiveStep.LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("40em", 2, FormLayout.ResponsiveStep.LabelsPosition.ASIDE),
                new FormLayout.ResponsiveStep("70em", 3, FormLayout.ResponsiveStep.LabelsPosition.ASIDE));
        item(form, "project.code", d.code()).addClassName("code");
        item(form, "project.year", String.valueOf(d.year()));
        item(form, "project.implementingUnit", d.implementingUnit());
        item(form, "project.budget", Formats.money(d.budget(), locale));
        item(form, "project.plannedPeriod", Formats.date(d.plannedStart(), locale) + " – " + Formats.date(d.plannedEnd(), locale));
        item(form, "project.actualPeriod", Formats.date(p.actualStart(), locale) + " – " + Formats.date(p.actualEnd(), locale));
        item(form, "project.households", Formats.number(p.compounds().stream().mapToInt(CompoundRow::households).sum(), locale));
        if (p.acceptanceDate() != null) {
            item(form, "project.acceptance", Formats.date(p.acceptanceDate(), locale) + " · " + p.acceptanceBody());
        }
        if (p.handoverDate() != null) {
            item(form, "project.handoverDate", Formats.date(p.handoverDate(), locale));
        }
        if (d.description() != null) {
            Paragraph text = new Paragraph(d.description());
            form.addFormItem(text, getTranslation("project.description"));
            form.setColspan(text.getParent().orElse(text), 3);
        }
        return form;
    }

    private Span item(FormLayout form, String key, String value) {
        Span v = new Span(value == null || value.isBlank() || value.equals(" – ") ? "—" : value);
        form.addFormItem(v, getTranslation(key));
        return v;
    }

    private Grid<CompoundRow> compoundGrid(ProjectDetails p) {
        Grid<CompoundRow> grid = new Grid<>();
        var locale = getLocale();
        grid.addColumn(CompoundRow::name).setHeader(getTranslation("compound.name")).setFlexGrow(2);
        grid.addColumn(CompoundRow::communityName).setHeader(getTranslation("compound.community")).setFlexGrow(1);
        grid.addColumn(c -> c.yearBuilt() == null ? "" : String.valueOf(c.yearBuilt()))
                .setHeader(getTranslation("compound.yearBuilt")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.buildings(), locale)).setHeader(getTranslation("compound.buildings")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.households(), locale)).setHeader(getTranslation("compound.households")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.floorArea(), locale)).setHeader(getTranslation("compound.floorArea")).setAutoWidth(true);
        grid.setItems(p.compounds());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    /**
     * The status changes as a list, one short block each: as a grid on a phone the note column squeezed to a few
     * characters and a single change stood 480 px tall.
     */
    private Div history() {
        Div list = new Div();
        list.addClassName("history-list");
        list.setId("history-grid");
        var locale = getLocale();
        for (TransitionRow t : lifecycle.history(projectId)) {
            Span step = new Span((t.from() == null ? "" : getTranslation(t.from().labelKey()) + " → ")
                    + getTranslation(t.to().labelKey()));
            step.addClassName("history-step");
            Span when = new Span(Formats.dateTime(t.at(), locale) + " · " + t.actor());
            when.addClassName("hint");
            Div entry = new Div(step, when);
            String note = java.util.stream.Stream.of(t.note(), t.consentTally()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" · "));
            if (!note.isEmpty()) {
                Span text = new Span(note);
                text.addClassName("prose");
                entry.add(text);
            }
            entry.addClassName("history-entry");
            list.add(entry);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
