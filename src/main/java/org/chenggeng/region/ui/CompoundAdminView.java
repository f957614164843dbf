package org.chenggeng.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;

import java.util.Objects;

/** Compounds per community: name, year built, buildings, households, floor area. */
@Route("admin/compounds")
@Menu(title = "menu.compounds", order = 12, icon = "vaadin:home")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class CompoundAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient CompoundService compounds;
    private final transient RegionService regions;
    private final Grid<CompoundRow> grid = new Grid<>();

    CompoundAdminView(CompoundService compounds, RegionService regions) {
        this.compounds = compounds;
        this.regions = regions;
        addClassName("page");
        setSizeFull();
        Button add = new Button(getTranslation("compound.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var locale = getLocale();
        grid.addColumn(CompoundRow::name).setHeader(getTranslation("compound.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(CompoundRow::communityName).setHeader(getTranslation("compound.community")).setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(c -> c.yearBuilt() == null ? "" : String.valueOf(c.yearBuilt()))
                .setHeader(getTranslation("compound.yearBuilt")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.buildings(), locale)).setHeader(getTranslation("compound.buildings"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Formats.number(c.households(), locale)).setHeader(getTranslation("compound.households"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Formats.number(c.floorArea(), locale)).setHeader(getTranslation("compound.floorArea"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(new H2(getTranslation("compound.title")), add, grid);
        refresh();
    }

    private void edit(CompoundRow existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "compound.create" : "compound.edit"));
        TextField name = new TextField(getTranslation("compound.name"));
        ComboBox<RegionService.RegionNode> community = new ComboBox<>(getTranslation("compound.community"));
        community.setItems(regions.communities());
        community.setItemLabelGenerator(RegionService.RegionNode::name);
        IntegerField yearBuilt = new IntegerField(getTranslation("compound.yearBuilt"));
        IntegerField buildings = new IntegerField(getTranslation("compound.buildings"));
        IntegerField households = new IntegerField(getTranslation("compound.households"));
        BigDecimalField area = new BigDecimalField(getTranslation("compound.floorArea"));
        if (existing != null) {
            name.setValue(existing.name());
            regions.communities().stream().filter(c -> c.id().equals(existing.communityId())).findFirst()
                    .ifPresent(community::setValue);
            yearBuilt.setValue(existing.yearBuilt());
            buildings.setValue(existing.buildings());
            households.setValue(existing.households());
            area.setValue(existing.floorArea());
        }
        d.add(new FormLayout(name, community, yearBuilt, buildings, households, area));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (buildings.getValue() == null || households.getValue() == null || area.getValue() == null) {
                Notifications.errorKey("compound.error.required");
                return;
            }
            var data = new CompoundService.CompoundData(name.getValue(), yearBuilt.getValue(),
                    Objects.requireNonNull(buildings.getValue()), households.getValue(), area.getValue());
            Long communityId = community.getValue() == null ? null : community.getValue().id();
            Saving.attempt(d, () -> {
                if (existing == null) {
                    compounds.create(communityId, data);
                } else {
                    compounds.update(existing.id(), existing.version(), communityId, data);
                }
            }, this::refresh);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void refresh() {
        grid.setItems(compounds.inScope());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compound.title");
    }
}
