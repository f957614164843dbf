package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;

/** The catalogue of work types, with the words the narrative report uses for each. Administrators only. */
@Route("admin/work-types")
@Menu(title = "menu.workTypes", order = 13, icon = "vaadin:tools")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class WorkTypeAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient WorkTypeService types;
    private final Grid<WorkTypeRow> grid = new Grid<>();

    WorkTypeAdminView(WorkTypeService types) {
        this.types = types;
        addClassName("page");
        setSizeFull();
        var locale = getLocale();
        Button add = new Button(getTranslation("workType.create"), VaadinIcon.PLUS.create(),
                e -> new WorkTypeDialog(types, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(t -> t.data().code()).setHeader(getTranslation("workType.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.data().name(locale)).setHeader(getTranslation("workType.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.data().category().labelKey())).setHeader(getTranslation("workType.category"))
                .setAutoWidth(true);
        grid.addColumn(t -> Quantities.unitLabel(t.data().unit(), locale)).setHeader(getTranslation("workType.unit"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.data().section().labelKey())).setHeader(getTranslation("workType.section"))
                .setAutoWidth(true);
        grid.addColumn(t -> PhraseExample.of(t.data(), locale)).setHeader(getTranslation("workType.phrase")).setFlexGrow(2);
        grid.addComponentColumn(t -> t.retired() ? Badges.of(getTranslation("workType.retired"), "contrast small")
                : t.inUse() ? Badges.of(getTranslation("workType.inUse"), "success small") : new Span())
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> new WorkTypeDialog(types, e.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setId("work-type-grid");
        add(new H2(getTranslation("workType.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(types.catalogue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workType.title");
    }
}
