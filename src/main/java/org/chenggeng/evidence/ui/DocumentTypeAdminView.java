package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.DocumentTypeAdmin;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The list of project document types: add one, rename one (click its row), deactivate or reactivate it. Types are
 * never deleted. Administrators only; the service checks again.
 */
@Route("admin/document-types")
@Menu(title = "menu.documentTypes", order = 14.5, icon = "vaadin:folder-open")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class DocumentTypeAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient DocumentTypeAdmin types;
    private final Grid<DocumentTypeAdmin.Row> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Button save = new Button();

    DocumentTypeAdminView(DocumentTypeAdmin types) {
        this.types = types;
        addClassName("page");
        setSizeFull();
        code.setLabel(getTranslation("documentType.code"));
        code.setId("doctype-code");
        code.setMaxLength(40);
        nameZh.setLabel(getTranslation("documentType.nameZh"));
        nameZh.setId("doctype-zh");
        nameZh.setMaxLength(100);
        nameEn.setLabel(getTranslation("documentType.nameEn"));
        nameEn.setId("doctype-en");
        nameEn.setMaxLength(100);
        save.setId("doctype-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("documentType.new"), e -> edit(null));
        clear.setId("doctype-new");
        grid.addColumn(DocumentTypeAdmin.Row::code).setHeader(getTranslation("documentType.code")).setAutoWidth(true);
        grid.addColumn(DocumentTypeAdmin.Row::nameZh).setHeader(getTranslation("documentType.nameZh"));
        grid.addColumn(DocumentTypeAdmin.Row::nameEn).setHeader(getTranslation("documentType.nameEn"));
        grid.addComponentColumn(this::toggle).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setId("doctype-grid");
        Div form = new Div(code, nameZh, nameEn, save, clear);
        form.addClassName("photo-filters");
        add(new H2(getTranslation("documentType.title")), form, grid);
        edit(null);
        refresh();
    }

    private Button toggle(DocumentTypeAdmin.Row row) {
        Button toggle = new Button(getTranslation(row.active() ? "documentType.deactivate" : "documentType.activate"),
                e -> run(() -> types.setActive(row.code(), !row.active())));
        toggle.setId("doctype-toggle-" + row.code());
        return toggle;
    }

    private void edit(DocumentTypeAdmin.Row row) {
        code.setValue(row == null ? "" : row.code());
        code.setReadOnly(row != null);
        nameZh.setValue(row == null ? "" : row.nameZh());
        nameEn.setValue(row == null ? "" : row.nameEn());
        save.setText(getTranslation(row == null ? "documentType.add" : "documentType.rename"));
    }

    private void save() {
        boolean adding = !code.isReadOnly();
        run(() -> {
            if (adding) {
                types.add(code.getValue(), nameZh.getValue(), nameEn.getValue());
            } else {
                types.rename(code.getValue(), nameZh.getValue(), nameEn.getValue());
            }
            edit(null);
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
            Notifications.success("documentType.saved");
            refresh();
        } catch (DomainException refused) {
            Notifications.error(refused);
        }
    }

    private void refresh() {
        grid.setItems(types.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documentType.title");
    }
}
