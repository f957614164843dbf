package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;
import java.util.Map;

/**
 * The household register of a compound. The committee of its community keeps it (add, change, delete, import);
 * officials above it read it with owners, phones and rooms masked. The committee finds a household by its owner's
 * exact name or the last four digits of its phone (the only searches the encrypted register allows, decision 0030).
 */
@Route("households")
@Menu(title = "menu.households", order = 4, icon = "vaadin:home-o")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE, Roles.OFFICIAL})
class HouseholdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HouseholdService households;
    private final ComboBox<CompoundRow> compound = new ComboBox<>();
    private final Select<String> building = new Select<>();
    private final TextField search = new TextField();
    private final Grid<HouseholdRow> grid = new Grid<>();
    private final Span count = new Span();
    private final Div notice = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final List<CompoundRow> compounds;

    HouseholdView(HouseholdService households, CompoundService compoundService) {
        this.households = households;
        this.compounds = compoundService.inScope();
        addClassName("page");
        add(new H2(getTranslation("household.title")));
        compound.setLabel(getTranslation("household.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(c -> c.name() + " · " + c.communityName());
        compound.setId("household-compound");
        compound.getStyle().set("flex", "1 1 20rem");
        building.setLabel(getTranslation("household.building"));
        building.setEmptySelectionAllowed(true);
        building.setEmptySelectionCaption(getTranslation("household.allBuildings"));
        building.setId("household-building");
        compound.addValueChangeListener(e -> {
            building.setItems(e.getValue() == null ? List.of() : households.buildings(e.getValue().id()));
            refresh();
            e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    e.getValue() == null ? "households" : "households?compound=" + e.getValue().id()));
        });
        building.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("household.search"));
        search.setPlaceholder(getTranslation("household.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.setId("household-search");
        search.setVisible(false);
        search.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(compound, building, search, actions);
        bar.addClassName("filter-bar");
        bar.setWidthFull();
        actions.addClassName("filter-actions");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        var locale = getLocale();
        grid.addColumn(HouseholdRow::building).setHeader(getTranslation("household.building")).setAutoWidth(true);
        grid.addColumn(HouseholdRow::unit).setHeader(getTranslation("household.unit")).setAutoWidth(true);
        grid.addColumn(HouseholdRow::room).setHeader(getTranslation("household.room")).setAutoWidth(true);
        grid.addColumn(h -> Formats.number(h.floorArea(), locale)).setHeader(getTranslation("household.area"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.ownerName() == null ? "" : h.ownerName()).setHeader(getTranslation("household.owner"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.phone() == null ? "" : h.phone()).setHeader(getTranslation("household.phone"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("household-grid");
        grid.setEmptyStateText(getTranslation("household.chooseCompound"));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        notice.addClassName("banner-warning");
        notice.setVisible(false);
        notice.setId("masked-notice");
        count.addClassName("hint");
        add(bar, notice, count, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        String wanted = q.getSingleParameter("compound").orElse(null);
        compounds.stream().filter(c -> String.valueOf(c.id()).equals(wanted)).findFirst()
                .or(() -> compounds.size() == 1 ? java.util.Optional.of(compounds.getFirst()) : java.util.Optional.empty())
                .ifPresent(compound::setValue);
    }

    private void refresh() {
        actions.removeAll();
        CompoundRow c = compound.getValue();
        grid.setEmptyStateText(getTranslation(c == null ? "household.chooseCompound" : "household.none"));
        if (c == null) {
            grid.setItems(List.of());
            count.setText("");
            notice.setVisible(false);
            return;
        }
        boolean editable = households.mayEdit(c.id());
        search.setVisible(editable);
        String wanted = editable ? search.getValue().trim() : "";
        List<HouseholdRow> rows = wanted.isEmpty() ? households.list(c.id(), building.getValue())
                : households.search(c.id(), wanted).stream()
                .filter(h -> building.getValue() == null || building.getValue().equals(h.building())).toList();
        grid.setItems(rows);
        count.setText(getTranslation("household.count", Formats.number(rows.size(), getLocale()),
                Formats.number(c.households(), getLocale())));
        notice.setVisible(!editable);
        notice.setText(getTranslation("household.maskedNotice"));
        actions.add(export(c, !editable));
        if (editable) {
            Button add = new Button(getTranslation("household.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-household");
            Button importFile = new Button(getTranslation("household.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("households/import",
                            new QueryParameters(Map.of("compound", List.of(String.valueOf(c.id())))))));
            importFile.setId("import-households");
            actions.add(add, importFile);
        }
    }

    private Anchor export(CompoundRow c, boolean masked) {
        var locale = getLocale();
        String name = getTranslation(masked ? "household.exportFile.masked" : "household.exportFile", c.name());
        DownloadHandler download = event -> {
            event.setFileName(name);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            households.export(c.id(), locale, event.getOutputStream());
        };
        Anchor link = new Anchor(download, "");
        link.setId("export-households");
        link.add(new Button(getTranslation("household.export"), VaadinIcon.DOWNLOAD.create()));
        return link;
    }

    private void edit(HouseholdRow existing) {
        CompoundRow c = compound.getValue();
        if (c == null || !households.mayEdit(c.id())) {
            return;
        }
        new HouseholdDialog(households, c.id(), existing, this::refresh, row -> {
            try {
                households.delete(row.id(), row.version());
                Notifications.success("household.deleted", row.address());
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("household.title");
    }
}
