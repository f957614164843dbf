package org.chenggeng.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;

import java.time.Year;
import java.util.Map;
import java.util.stream.IntStream;

/** Every project within the user's scope: search, filters, sorting and counts per status. */
@Route("")
@Menu(title = "menu.projects", order = 1, icon = "vaadin:building")
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ProjectQueries projects;
    private final Grid<ProjectRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ProjectStatus> status = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<RegionService.RegionNode> community = new ComboBox<>();
    private final Select<Boolean> pilot = new Select<>();
    private final FlexLayout counts = new FlexLayout();
    private final java.util.List<Grid.Column<ProjectRow>> wideOnly = new java.util.ArrayList<>();

    ProjectListView(ProjectEditing editing, ProjectQueries projects, RegionService regions, CompoundService compounds,
                    AuthenticationContext authentication) {
        this.projects = projects;
        addClassName("page");
        setSizeFull();
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("project.list.title")));
        title.setWidthFull();
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        if (authentication.hasAnyRole(Roles.SYSTEM_ADMIN, Roles.OFFICIAL)) {
            Button create = new Button(getTranslation("project.create"), VaadinIcon.PLUS.create(),
                    e -> new ProjectFormDialog(editing, compounds, null, id -> open(id)).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-project");
            Span spacer = new Span();
            title.add(spacer, create);
            title.expand(spacer);
        }
        counts.addClassName("status-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(title, filters(regions, compounds), counts, grid);
        configureGrid();
        refresh();
    }

    /**
     * Filters given in the address (?status=IN_PROGRESS&year=2024&community=12), as the dashboard's figures link to
     * the projects behind them.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        q.getSingleParameter("status").flatMap(v -> java.util.Arrays.stream(ProjectStatus.values())
                .filter(s -> s.name().equals(v)).findFirst()).ifPresent(status::setValue);
        q.getSingleParameter("year").filter(v -> v.matches("\\d{4}")).map(Integer::valueOf).ifPresent(year::setValue);
        q.getSingleParameter("community").ifPresent(v -> community.getListDataView().getItems()
                .filter(c -> String.valueOf(c.id()).equals(v)).findFirst().ifPresent(community::setValue));
    }

    private FlexLayout filters(RegionService regions, CompoundService compounds) {
        search.setPlaceholder(getTranslation("project.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("project-search");
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.labelKey()));
        status.setId("status-filter");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("project.year"));
        year.setItems(IntStream.rangeClosed(2015, thisYear + 2).map(y -> thisYear + 2 - (y - 2015)).boxed().toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("filter.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("filter.all") : String.valueOf(y));
        var inScope = compounds.inScope().stream().map(CompoundService.CompoundRow::communityId).distinct().toList();
        community.setLabel(getTranslation("project.community"));
        community.setItems(regions.communities().stream().filter(c -> inScope.contains(c.id())).toList());
        community.setItemLabelGenerator(RegionService.RegionNode::name);
        community.setClearButtonVisible(true);
        community.setPlaceholder(getTranslation("filter.all"));
        pilot.setLabel(getTranslation("project.pilot"));
        pilot.setItems(Boolean.TRUE, Boolean.FALSE);
        pilot.setEmptySelectionAllowed(true);
        pilot.setEmptySelectionCaption(getTranslation("filter.all"));
        pilot.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all")
                : getTranslation(p ? "project.pilot.yes" : "project.pilot.no"));
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        community.addValueChangeListener(e -> refresh());
        pilot.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(search, status, year, community, pilot);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWidthFull();
        return bar;
    }

    private void configureGrid() {
        wideOnly.add(grid.addColumn(ProjectRow::code).setHeader(getTranslation("project.code")).setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(r -> "code-cell"));
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("project.name")).setSortProperty("name")
                .setFlexGrow(3);
        wideOnly.add(grid.addColumn(ProjectRow::communities).setHeader(getTranslation("project.community"))
                .setFlexGrow(1));
        wideOnly.add(grid.addColumn(ProjectRow::year).setHeader(getTranslation("project.year")).setSortProperty("year")
                .setAutoWidth(true).setFlexGrow(0));
        grid.addComponentColumn(r -> StatusBadges.of(new Span(), r.status())).setHeader(getTranslation("project.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        wideOnly.add(grid.addColumn(r -> Formats.number(r.households(), getLocale()))
                .setHeader(getTranslation("project.households")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END));
        wideOnly.add(grid.addColumn(r -> Formats.money(r.budget(), getLocale())).setHeader(getTranslation("project.budget"))
                .setSortProperty("budget").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END));
        wideOnly.add(grid.addColumn(ProjectRow::implementingUnit).setHeader(getTranslation("project.implementingUnit"))
                .setFlexGrow(1));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> projects.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) projects.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setId("project-grid");
        grid.setSizeFull();
        grid.setMinHeight("20rem");
    }

    /** On a phone the list keeps code, name and status; the rest is one tap away on the project page. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().retrieveExtendedClientDetails(details ->
                wideOnly.forEach(c -> c.setVisible(details.getWindowInnerWidth() >= 700)));
    }

    private HorizontalLayout nameCell(ProjectRow row) {
        HorizontalLayout cell = new HorizontalLayout(new Span(row.name()));
        cell.setSpacing(false);
        cell.getStyle().set("gap", "0.4rem").set("flex-wrap", "wrap");
        // On a phone the code column gives its width to the name, and the code stands under the name instead.
        Span code = new Span(row.code());
        code.addClassNames("hint", "code", "project-code-hint");
        cell.add(code);
        if (row.pilot()) {
            cell.add(Badges.of(getTranslation("project.pilot.badge"), "small primary"));
        }
        return cell;
    }

    private ProjectFilter filter() {
        return new ProjectFilter(search.getValue(), status.getValue(), year.getValue(),
                community.getValue() == null ? null : community.getValue().id(), pilot.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        Map<ProjectStatus, Long> byStatus = projects.countByStatus(filter());
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        counts.removeAll();
        Span total = Badges.of(getTranslation("project.count.all", all), "contrast pill");
        total.setId("project-count");
        counts.add(total);
        byStatus.forEach((s, n) -> {
            if (n > 0) {
                counts.add(Badges.of(getTranslation(s.labelKey()) + " " + n, "pill"));
            }
        });
    }

    private void open(Long id) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new com.vaadin.flow.router.RouteParameters("id",
                String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title");
    }
}
