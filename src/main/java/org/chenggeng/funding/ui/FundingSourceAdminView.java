package org.chenggeng.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.funding.FundingSourceData;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

/** The list of funding sources that plans and the investment ledger name. Administrators only. */
@Route("admin/funding-sources")
@Menu(title = "menu.fundingSources", order = 14, icon = "vaadin:money")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class FundingSourceAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient FundingSourceService sources;
    private final Grid<FundingSourceRow> grid = new Grid<>();

    FundingSourceAdminView(FundingSourceService sources) {
        this.sources = sources;
        addClassName("page");
        setSizeFull();
        Button add = new Button(getTranslation("fundingSource.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("source-create");
        grid.addColumn(FundingSourceRow::code).setHeader(getTranslation("fundingSource.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("fundingSource.name")).setFlexGrow(2);
        grid.addColumn(FundingSourceRow::sortOrder).setHeader(getTranslation("fundingSource.sortOrder"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (s.retired()) {
                actions.add(Badges.of(getTranslation("fundingSource.retired"), "contrast small"));
            }
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(s));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button retire = new Button(getTranslation(s.retired() ? "fundingSource.reinstate" : "fundingSource.retire"),
                    e -> {
                        sources.retire(s.id(), s.version(), !s.retired());
                        refresh();
                    });
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, retire);
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("source-grid");
        add(new H2(getTranslation("fundingSource.title")), new Paragraph(getTranslation("fundingSource.help")), add,
                grid);
        refresh();
    }

    private void edit(FundingSourceRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "fundingSource.create" : "fundingSource.edit"));
        dialog.setWidth("min(30rem, 95vw)");
        TextField code = new TextField(getTranslation("fundingSource.code"));
        code.setMaxLength(30);
        code.setReadOnly(row != null);
        TextField zh = new TextField(getTranslation("fundingSource.nameZh"));
        zh.setMaxLength(60);
        TextField en = new TextField(getTranslation("fundingSource.nameEn"));
        en.setMaxLength(100);
        IntegerField order = new IntegerField(getTranslation("fundingSource.sortOrder"));
        if (row != null) {
            code.setValue(row.code());
            zh.setValue(row.nameZh());
            en.setValue(row.nameEn());
            order.setValue(row.sortOrder());
        }
        FieldErrors errors = new FieldErrors().on(code, "funding.source.error.code", "funding.source.error.codeTaken")
                .on(zh, "funding.source.error.nameRequired").on(order, "funding.source.error.sortOrder");
        FormLayout form = new FormLayout(code, zh, en, order);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(dialog, errors, () -> {
            FundingSourceData data = new FundingSourceData(code.getValue(), zh.getValue(), en.getValue(),
                    order.getValue() == null ? -1 : order.getValue());
            if (row == null) {
                sources.create(data);
            } else {
                sources.update(row.id(), row.version(), data);
            }
        }, this::refresh));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("source-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(sources.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fundingSource.title");
    }
}
