package org.chenggeng.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectService;
import org.chenggeng.project.ProjectService.ProjectDetails;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;

import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Creates a project or edits its details; the service decides what is allowed. */
class ProjectFormDialog extends Dialog {

    private final transient ProjectService projects;
    private final ProjectDetails existing;
    private final transient Consumer<Long> onSaved;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final IntegerField year = new IntegerField();
    private final Checkbox pilot = new Checkbox();
    private final TextField unit = new TextField();
    private final BigDecimalField budget = new BigDecimalField();
    private final DatePicker plannedStart;
    private final DatePicker plannedEnd;
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<CompoundRow> compoundPicker = new MultiSelectComboBox<>();
    private final TextField scopeBuildings = new TextField();
    private final TextField scopeUnit = new TextField();

    ProjectFormDialog(ProjectService projects, CompoundService compounds, ProjectDetails existing,
                      Consumer<Long> onSaved) {
        this.projects = projects;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "project.create" : "project.edit"));
        setWidth("min(48rem, 96vw)");
        plannedStart = DatePickers.create(getTranslation("project.plannedStart"), getLocale());
        plannedEnd = DatePickers.create(getTranslation("project.plannedEnd"), getLocale());
        code.setLabel(getTranslation("project.code"));
        code.setHelperText(getTranslation("project.codeRule"));
        code.setId("project-code");
        name.setLabel(getTranslation("project.name"));
        name.setId("project-name");
        year.setLabel(getTranslation("project.year"));
        year.setStepButtonsVisible(true);
        pilot.setLabel(getTranslation("project.pilot"));
        unit.setLabel(getTranslation("project.implementingUnit"));
        budget.setLabel(getTranslation("project.budgetYuan"));
        description.setLabel(getTranslation("project.description"));
        description.setMaxLength(2000);
        List<CompoundRow> choices = compounds.inScope();
        compoundPicker.setLabel(getTranslation("project.compounds"));
        compoundPicker.setItems(choices);
        compoundPicker.setItemLabelGenerator(c -> c.communityName() + " · " + c.name());
        compoundPicker.setId("project-compounds");
        scopeBuildings.setLabel(getTranslation("project.scope.buildings"));
        scopeBuildings.setHelperText(getTranslation("project.scope.buildingsHelp"));
        scopeBuildings.setId("project-scope-buildings");
        scopeUnit.setLabel(getTranslation("project.scope.unit"));
        scopeUnit.setId("project-scope-unit");

        if (existing == null) {
            year.setValue(Year.now().getValue());
        } else {
            ProjectData d = existing.data();
            code.setValue(d.code());
            name.setValue(d.name());
            year.setValue(d.year());
            pilot.setValue(d.pilot());
            unit.setValue(d.implementingUnit() == null ? "" : d.implementingUnit());
            budget.setValue(d.budget());
            plannedStart.setValue(d.plannedStart());
            plannedEnd.setValue(d.plannedEnd());
            description.setValue(d.description() == null ? "" : d.description());
            List<CompoundRow> items = merge(choices, existing.compounds());
            compoundPicker.setItems(items);
            compoundPicker.setValue(items.stream().filter(c -> d.compoundIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            scopeBuildings.setValue(String.join("、", d.buildings()));
            scopeUnit.setValue(d.unit() == null ? "" : d.unit());
        }
        FormLayout form = new FormLayout(code, name, year, pilot, unit, budget, plannedStart, plannedEnd,
                compoundPicker, scopeBuildings, scopeUnit, description);
        form.setColspan(name, 2);
        form.setColspan(compoundPicker, 2);
        form.setColspan(description, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("project-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static List<CompoundRow> merge(List<CompoundRow> choices, List<CompoundRow> own) {
        List<CompoundRow> all = new java.util.ArrayList<>(choices);
        own.stream().filter(o -> choices.stream().noneMatch(c -> c.id().equals(o.id()))).forEach(all::add);
        return all;
    }

    private void save() {
        if (year.isInvalid() || year.getValue() == null) {
            Notifications.errorKey("project.error.year");
            return;
        }
        ProjectData data = new ProjectData(code.getValue(), name.getValue(), year.getValue(), pilot.getValue(),
                unit.getValue(), budget.getValue(), plannedStart.getValue(), plannedEnd.getValue(),
                description.getValue(), compoundPicker.getValue().stream().map(CompoundRow::id)
                .collect(Collectors.toSet()))
                .withScope(List.of(scopeBuildings.getValue().split("[,，、\\s]+")), scopeUnit.getValue());
        Long[] id = {existing == null ? null : existing.id()};
        Saving.attempt(this, () -> {
            if (existing == null) {
                id[0] = projects.create(data);
            } else {
                projects.update(existing.id(), existing.version(), data);
            }
        }, () -> onSaved.accept(id[0]));
    }
}
