package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.security.UserAdminService.UserRow;
import org.chenggeng.shared.ui.Formats;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators manage accounts: role, scope, password, enabled. */
@Route("admin/users")
@Menu(title = "menu.users", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.SECURITY_ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient Clock clock;
    private final transient UserAdminService users;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private Map<Long, String> regionPaths = Map.of();
    private Map<Long, String> projectCodes = Map.of();

    UserAdminView(UserAdminService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("page");
        setSizeFull();
        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("user.create"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("create-user");
        HorizontalLayout toolbar = new HorizontalLayout(search, total, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        configureGrid();
        add(new H2(getTranslation("user.title")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName"))
                .setSortProperty("displayName").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("user.role"))
                .setSortProperty("role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.regionId() == null ? getTranslation("user.scope.all")
                : regionPaths.getOrDefault(u.regionId(), "")).setHeader(getTranslation("user.region")).setFlexGrow(3);
        grid.addColumn(u -> u.projectIds().stream().map(id -> projectCodes.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("user.projects")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.lastLoginAt(), getLocale())).setHeader(getTranslation("user.lastLogin"))
                .setSortProperty("lastLoginAt").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> users.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) users.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private Span status(UserRow u) {
        String key = !u.enabled() ? "user.status.disabled"
                : u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant()) ? "user.status.locked"
                : u.mustChangePassword() ? "user.status.mustChange" : "user.status.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private void open(UserRow row) {
        UserDialog dialog = new UserDialog(users, row);
        dialog.addSavedListener(e -> refresh());
        dialog.open();
    }

    private void refresh() {
        regionPaths = users.regionChoices().stream()
                .collect(Collectors.toMap(ScopeDirectory.RegionChoice::id, ScopeDirectory.RegionChoice::path));
        projectCodes = users.projectChoices().stream()
                .collect(Collectors.toMap(ScopeDirectory.ProjectChoice::id, ScopeDirectory.ProjectChoice::code));
        total.setText(getTranslation("list.total", users.count(search.getValue())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
