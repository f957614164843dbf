package org.chenggeng.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.select.Select;
import org.chenggeng.region.RegionKind;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Saving;

import java.util.List;

/** The administrative tree: add a region below another, rename or recode one. */
@Route("admin/regions")
@Menu(title = "menu.regions", order = 11, icon = "vaadin:sitemap")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient RegionService regions;
    private final TreeGrid<RegionNode> tree = new TreeGrid<>();
    private List<RegionNode> all = List.of();

    RegionAdminView(RegionService regions) {
        this.regions = regions;
        addClassName("page");
        setSizeFull();
        Button addCity = new Button(getTranslation("region.addCity"), VaadinIcon.PLUS.create(), e -> edit(null, null));
        tree.addHierarchyColumn(RegionNode::name).setHeader(getTranslation("region.name")).setFlexGrow(2);
        tree.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("region.kind"))
                .setAutoWidth(true);
        tree.addColumn(r -> r.code() == null ? "" : r.code()).setHeader(getTranslation("region.code")).setAutoWidth(true);
        tree.addComponentColumn(r -> r.sample() ? Badges.of(getTranslation("sample.badge"), "contrast small")
                : new com.vaadin.flow.component.html.Span()).setHeader(getTranslation("sample.column")).setAutoWidth(true);
        tree.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        tree.setSizeFull();
        tree.setId("region-tree");
        add(new H2(getTranslation("region.title")), addCity, tree);
        refresh();
    }

    private HorizontalLayout actions(RegionNode r) {
        HorizontalLayout actions = new HorizontalLayout();
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> edit(r, null));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        rename.setTooltipText(getTranslation("region.edit"));
        rename.setAriaLabel(getTranslation("region.edit"));
        actions.add(rename);
        if (r.level().childLevel() != null) {
            Button child = new Button(getTranslation("region.addChild", getTranslation(r.level().childLevel().labelKey())),
                    VaadinIcon.PLUS.create(), e -> edit(null, r));
            child.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(child);
        }
        return actions;
    }

    private void edit(RegionNode existing, RegionNode parent) {
        Dialog d = new Dialog();
        d.setHeaderTitle(existing != null ? getTranslation("region.edit")
                : parent == null ? getTranslation("region.addCity")
                : getTranslation("region.addChild", getTranslation(parent.level().childLevel().labelKey())));
        TextField name = new TextField(getTranslation("region.name"));
        TextField code = new TextField(getTranslation("region.code"));
        code.setHelperText(getTranslation("region.codeHelp"));
        RegionLevel level = existing != null ? existing.level()
                : parent == null ? RegionLevel.CITY : parent.level().childLevel();
        Select<RegionKind> kind = new Select<>();
        kind.setLabel(getTranslation("region.kind"));
        kind.setItems(RegionKind.of(level));
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(existing != null ? existing.kind() : RegionKind.usual(level));
        kind.setId("region-kind");
        if (existing != null) {
            name.setValue(existing.name());
            code.setValue(existing.code() == null ? "" : existing.code());
        }
        d.add(new FormLayout(name, kind, code));
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(d, () -> {
            if (existing == null) {
                regions.create(parent == null ? null : parent.id(), name.getValue(), code.getValue(), kind.getValue());
            } else {
                regions.update(existing.id(), existing.version(), name.getValue(), code.getValue(), kind.getValue());
            }
        }, this::refresh));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void refresh() {
        all = regions.all();
        tree.setItems(all.stream().filter(r -> r.parentId() == null).toList(),
                parent -> all.stream().filter(r -> parent.id().equals(r.parentId())).toList());
        tree.expandRecursively(all.stream().filter(r -> r.parentId() == null).toList(), 2);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.title");
    }
}
