package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.TemplateService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The checklists per kind of inspection: pick a kind, add a line, reword one (click it), move it up or down,
 * deactivate or reactivate it. Lines are never deleted. Administrators only; the service checks again.
 */
@Route("admin/inspection-templates")
@Menu(title = "menu.inspectionTemplates", order = 14.7, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.SYSTEM_ADMIN)
@StyleSheet("assets/inspection.css")
class TemplateAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TemplateService templates;
    private final Select<InspectionKind> kind = new Select<>();
    private final Grid<TemplateService.Line> grid = new Grid<>();
    private final TextField textZh = new TextField();
    private final TextField textEn = new TextField();
    private final Button save = new Button();
    private TemplateService.Line editing;

    TemplateAdminView(TemplateService templates, org.chenggeng.inspection.StageRuleService stageRules,
                      org.chenggeng.work.WorkTypeService types) {
        this.templates = templates;
        addClassName("page");
        kind.setLabel(getTranslation("inspection.kind"));
        kind.setItems(InspectionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("template-kind");
        kind.addValueChangeListener(e -> {
            edit(null);
            refresh();
        });
        textZh.setLabel(getTranslation("inspection.template.textZh"));
        textZh.setMaxLength(200);
        textZh.setId("template-zh");
        textEn.setLabel(getTranslation("inspection.template.textEn"));
        textEn.setMaxLength(300);
        textEn.setId("template-en");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("inspection.template.new"), e -> edit(null));
        grid.addColumn(TemplateService.Line::textZh).setHeader(getTranslation("inspection.template.textZh")).setFlexGrow(2);
        grid.addColumn(TemplateService.Line::textEn).setHeader(getTranslation("inspection.template.textEn")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inspection.template.actions")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setId("template-grid");
        Div form = new Div(textZh, textEn, save, clear);
        form.addClassName("template-form");
        add(new H2(getTranslation("inspection.template.title")), kind, grid, form,
                new com.vaadin.flow.component.html.H3(getTranslation("stageRule.title")),
                new StageRulesPanel(stageRules, types));
        kind.setValue(InspectionKind.QUALITY);
    }

    private Div actions(TemplateService.Line line) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> run(() -> templates.move(line.id(), -1)));
        up.setAriaLabel(getTranslation("inspection.template.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> run(() -> templates.move(line.id(), 1)));
        down.setAriaLabel(getTranslation("inspection.template.down"));
        Button toggle = new Button(getTranslation(line.active() ? "documentType.deactivate" : "documentType.activate"),
                e -> run(() -> templates.setActive(line.id(), line.version(), !line.active())));
        for (Button b : new Button[]{up, down, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new Div(up, down, toggle);
    }

    private void edit(TemplateService.Line line) {
        editing = line;
        textZh.setValue(line == null ? "" : line.textZh());
        textEn.setValue(line == null ? "" : line.textEn());
        save.setText(getTranslation(line == null ? "inspection.template.add" : "inspection.template.rename"));
    }

    private void save() {
        TemplateService.Line line = editing;
        run(() -> {
            if (line == null) {
                templates.add(kind.getValue(), textZh.getValue(), textEn.getValue());
            } else {
                templates.rename(line.id(), line.version(), textZh.getValue(), textEn.getValue());
            }
            edit(null);
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
            Notifications.success("action.saved");
        } catch (StaleDataException stale) {
            Notifications.error(stale);
            edit(null);
        } catch (DomainException refused) {
            Notifications.error(refused);
            return;
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(kind.getValue() == null ? java.util.List.of() : templates.all(kind.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspection.template.title");
    }
}
