package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.inspection.InspectionRow;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.RecordRoute;

/**
 * A project's 检查验收 page: its inspections (and who may, a button to record one); further tabs follow the project
 * to its acceptance and hand-over.
 */
@Route("projects/:id/inspections")
@PermitAll
@StyleSheet("assets/inspection.css")
class ProjectInspectionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InspectionService inspections;
    private final transient ProjectAccess projects;
    private final transient IssueService issues;
    private final transient org.chenggeng.inspection.StageRuleService stages;
    private final transient org.chenggeng.inspection.AcceptanceService acceptances;
    private final transient org.chenggeng.evidence.ui.PhotoWidgets photos;
    private final transient org.chenggeng.inspection.HouseholdAcceptanceService households;
    private final transient org.chenggeng.inspection.HandoverService handovers;
    private long projectId;
    private String tab;
    private String title = "";

    ProjectInspectionsView(InspectionService inspections, ProjectAccess projects, IssueService issues,
                           org.chenggeng.inspection.StageRuleService stages,
                           org.chenggeng.inspection.AcceptanceService acceptances,
                           org.chenggeng.evidence.ui.PhotoWidgets photos,
                           org.chenggeng.inspection.HouseholdAcceptanceService households,
                           org.chenggeng.inspection.HandoverService handovers) {
        this.handovers = handovers;
        this.households = households;
        this.acceptances = acceptances;
        this.photos = photos;
        this.stages = stages;
        this.issues = issues;
        this.inspections = inspections;
        this.projects = projects;
        addClassNames("page", "project-inspections");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("");
        RecordRoute.open(event, id -> {
            projectId = id;
            render(projects.get(id));
        });
    }

    private void render(ProjectAccess.ProjectDetails project) {
        removeAll();
        title = getTranslation("inspection.page.title", project.data().name());
        add(new Anchor("projects/" + projectId, getTranslation("inspection.backToProjectPage")), new H2(title));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("inspection-tabs");
        tabs.add(getTranslation("inspection.tab.inspections"), inspectionList());
        var issueTab = tabs.add(getTranslation("inspection.tab.issues"), issueList());
        var acceptanceTab = tabs.add(getTranslation("inspection.tab.acceptance"),
                new AcceptancePanel(projectId, project.status(), acceptances, photos, households,
                        inspections.workItems(projectId).values().stream().filter(i -> !i.retired()).toList(),
                        () -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/inspections",
                                com.vaadin.flow.router.QueryParameters.of("tab", "acceptance")))));
        var handoverTab = tabs.add(getTranslation("inspection.tab.handover"), new HandoverPanel(projectId, handovers,
                project.data().implementingUnit() == null ? project.data().name() : project.data().implementingUnit(),
                () -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/inspections",
                        com.vaadin.flow.router.QueryParameters.of("tab", "handover")))));
        switch (tab) {
            case "issues" -> tabs.setSelectedTab(issueTab);
            case "acceptance" -> tabs.setSelectedTab(acceptanceTab);
            case "handover" -> tabs.setSelectedTab(handoverTab);
            default -> {
            }
        }
        add(tabs);
    }

    private Div inspectionList() {
        Div list = new Div();
        list.addClassName("inspection-list");
        list.setId("inspection-list");
        if (inspections.mayRecord(projectId)) {
            Button record = new Button(getTranslation("inspection.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/inspections/new")));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("new-inspection");
            list.add(record);
        }
        var gates = stages.ofProject(projectId);
        if (!gates.isEmpty()) {
            Div box = new Div(new Span(getTranslation("stageRule.project.title")));
            box.addClassName("stage-box");
            box.setId("project-stages");
            for (var g : gates) {
                String line = getTranslation("stageRule.project.line", g.rule().following(getLocale()),
                        g.rule().stage(getLocale()), getTranslation(g.rule().kind().labelKey()));
                Div row = new Div(new Span(line), g.passedOn() == null
                        ? Badges.of(getTranslation("stageRule.project.waiting"), "error")
                        : Badges.of(getTranslation("stageRule.project.passed", Formats.date(g.passedOn(), getLocale())),
                        "success"));
                row.addClassName("check-line");
                box.add(row);
            }
            list.add(box);
        }
        var rows = inspections.list(projectId);
        if (rows.isEmpty()) {
            Span none = new Span(getTranslation("inspection.none"));
            none.addClassName("hint");
            list.add(none);
        }
        var locale = getLocale();
        for (InspectionRow r : rows) {
            Anchor card = new Anchor("inspections/" + r.id());
            card.addClassName("inspection-card");
            Div head = new Div(new Span(getTranslation(r.kind().labelKey())),
                    new Span(Formats.date(r.date(), locale)), InspectionTexts.conclusion(this, r.conclusion()));
            head.addClassName("card-head");
            if (r.sample()) {
                head.add(Badges.of(getTranslation("sample.badge"), "contrast small"));
            }
            Span who = new Span(r.participants());
            who.addClassName("hint");
            Span found = new Span(getTranslation("inspection.findingCount", r.findings()));
            card.add(head, who, found);
            list.add(card);
        }
        return list;
    }

    private Div issueList() {
        Div list = new Div();
        list.addClassName("issue-list");
        list.setId("project-issues");
        var rows = issues.ofProject(projectId);
        long open = rows.stream().filter(r -> r.status() != org.chenggeng.inspection.IssueStatus.CLOSED).count();
        Span count = new Span(getTranslation("issue.project.count", rows.size(), open,
                rows.stream().filter(IssueRow::overdue).count()));
        count.addClassName("hint");
        list.add(count);
        rows.stream().sorted(java.util.Comparator.comparing(IssueRow::overdue).reversed()
                        .thenComparing(r -> r.status() == org.chenggeng.inspection.IssueStatus.CLOSED)
                        .thenComparing(IssueRow::deadline))
                .forEach(r -> list.add(new IssueCard(r, false)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
