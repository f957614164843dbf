package org.chenggeng.work.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.ui.EChart;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.ProjectProgress;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemRequests;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's progress: overall completion, the month-by-month cumulative chart, and every work item's planned,
 * completed and remaining quantity with a bar, grouped by category. Project managers plan items here.
 */
@Route("projects/:id/progress")
@PermitAll
class ProjectProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProgressReadService progress;
    private final transient WorkItemService items;
    private final transient WorkTypeService types;
    private long projectId;
    private String title = "";

    private final transient List<WorkItemRequests> requests;

    ProjectProgressView(ProgressReadService progress, WorkItemService items, WorkTypeService types,
                        List<WorkItemRequests> requests) {
        this.requests = requests;
        this.progress = progress;
        this.items = items;
        this.types = types;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            render();
        });
    }

    private void render() {
        ProjectProgress p = progress.project(projectId);
        removeAll();
        title = getTranslation("progress.title", p.project().name());
        add(new Anchor("projects/" + projectId, getTranslation("progress.backToProject")));
        H2 heading = new H2(p.project().name());
        heading.setId("progress-title");
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.getStyle().set("flex-wrap", "wrap");
        Span spacer = new Span();
        head.add(spacer);
        head.expand(spacer);
        if (WorkItemService.mayPlan(p.project())) {
            Button plan = new Button(getTranslation("workItem.create"), VaadinIcon.PLUS.create(),
                    e -> new WorkItemDialog(items, types, projectId, null, this::render).open());
            plan.setId("plan-item");
            Button importFile = new Button(getTranslation("progress.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/import")));
            head.add(plan, importFile);
        }
        if (p.project().mayWrite() && p.project().status() == ProjectStatus.IN_PROGRESS) {
            Button log = new Button(getTranslation("progress.log"), VaadinIcon.PLUS_CIRCLE.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("log?project=" + projectId)));
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.setId("log-progress");
            head.add(log);
        }
        add(head, summary(p), chart(p));
        Set<Long> itemIds = p.items().stream().map(WorkItemRow::id).collect(Collectors.toSet());
        Map<Long, List<String>> asked = new HashMap<>();
        requests.forEach(r -> asked.putAll(r.requestsFor(projectId, itemIds)));
        for (WorkCategory category : WorkCategory.values()) {
            List<WorkItemRow> rows = p.items().stream().filter(i -> i.category() == category).toList();
            if (!rows.isEmpty()) {
                WorkItemGrid grid = new WorkItemGrid(rows, asked, items, types, projectId, this::render);
                add(new H3(getTranslation(category.labelKey())), grid, new WorkItemCards(rows, grid));
            }
        }
        if (p.items().isEmpty()) {
            add(new Paragraph(getTranslation("progress.noItems")));
        }
    }

    private FlexLayout summary(ProjectProgress p) {
        Div figure = new Div(new Span(getTranslation("progress.overall")), new Span(p.percent().toPlainString() + "%"));
        figure.addClassName("figure");
        figure.setId("overall-percent");
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, p.percent().doubleValue()));
        bar.setWidth("min(28rem, 100%)");
        Span basis = new Span(getTranslation(p.budgetWeighted() ? "progress.basis.budget" : "progress.basis.mean"));
        basis.addClassName("hint");
        Div figureBox = new Div(figure, bar, basis);
        figureBox.addClassName("figure-box");
        long done = p.items().stream().filter(i -> !i.retired() && i.remaining().signum() == 0).count();
        long active = p.items().stream().filter(i -> !i.retired()).count();
        Div items = new Div(new Span(getTranslation("progress.itemsDone")), new Span(done + " / " + active));
        items.addClassName("figure");
        FlexLayout layout = new FlexLayout(figureBox, items);
        layout.addClassName("figures");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return layout;
    }

    private EChart chart(ProjectProgress p) {
        EChart chart = new EChart();
        chart.setId("progress-chart");
        chart.setOption(ProgressCharts.cumulative(p.months(), getTranslation("progress.chart.title"),
                getTranslation("progress.chart.series"), getLocale()));
        chart.setVisible(!p.months().isEmpty());
        return chart;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
