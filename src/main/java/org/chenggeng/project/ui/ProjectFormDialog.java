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
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectAccess.ProjectDetails;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Creates a project or edits its details; the service decides what is allowed. The binder checks the project's own
 * rules (the same message keys as {@code Project}) on the fields before saving; a refusal from the service that is
 * about a field lands on it.
 */
class ProjectFormDialog extends Dialog {

    private final transient ProjectEditing projects;
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
    private final Binder<ProjectData> binder = new Binder<>(ProjectData.class);
    private final FieldErrors errors = new FieldErrors();
    private static final String BUILDING_SEPARATORS = "[,，、\\s]+";

    ProjectFormDialog(ProjectEditing projects, CompoundService compounds, ProjectDetails existing,
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

        List<CompoundRow> items = existing == null ? choices : merge(choices, existing.compounds());
        compoundPicker.setItems(items);
        bind(items);
        if (existing == null) {
            year.setValue(Year.now().getValue());
        } else {
            binder.readRecord(existing.data());
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

    private void bind(List<CompoundRow> items) {
        binder.forField(code).withValidator(rule(c -> ProjectData.CODE.matcher(c.trim()).matches(),
                "project.error.codeFormat")).bind("code");
        binder.forField(name).asRequired(message("project.error.nameRequired"))
                .withValidator(rule(n -> n.trim().length() <= 200, "error.tooLong", 200)).bind("name");
        binder.forField(year).asRequired(message("project.error.year"))
                .withValidator(rule(y -> y >= 2000 && y <= 2100, "project.error.year")).bind("year");
        binder.forField(pilot).bind("pilot");
        binder.forField(unit).bind("implementingUnit");
        binder.forField(budget).withValidator(rule(b -> b == null || b.signum() >= 0 && b.scale() <= 2,
                "project.error.budget")).bind("budget");
        binder.forField(plannedStart).bind("plannedStart");
        Binder.Binding<ProjectData, java.time.LocalDate> end = binder.forField(plannedEnd)
                .withValidator(rule(d -> d == null || plannedStart.getValue() == null
                        || !d.isBefore(plannedStart.getValue()), "project.error.plannedDates")).bind("plannedEnd");
        binder.forField(description).withValidator(rule(d -> d.length() <= 2000, "error.tooLong", 2000))
                .bind("description");
        binder.forField(compoundPicker).withValidator(rule(c -> !c.isEmpty(), "project.error.compoundsRequired"))
                .withConverter(rows -> rows.stream().map(CompoundRow::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> items.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()))
                .bind("compoundIds");
        binder.forField(scopeBuildings).withValidator(rule(b -> b.length() <= 200, "error.tooLong", 200))
                .withConverter(text -> List.of(text.split(BUILDING_SEPARATORS)),
                        (List<String> buildings) -> String.join("、", buildings))
                .bind("buildings");
        binder.forField(scopeUnit).withValidator(rule(u -> u.trim().length() <= 20, "error.tooLong", 20))
                .bind("unit");
        plannedStart.addValueChangeListener(e -> end.validate());
        errors.on(code, "project.error.codeFormat", "project.error.codeTaken")
                .on(name, "project.error.nameRequired").on(year, "project.error.year")
                .on(budget, "project.error.budget").on(plannedEnd, "project.error.plannedDates")
                .on(compoundPicker, "project.error.compoundsRequired", "project.error.managerCannotChangeCompounds",
                        "project.error.scopeOneCompound")
                .on(scopeBuildings, "project.error.scopeFixed").on(scopeUnit, "project.error.scopeUnitBuilding");
    }

    private void save() {
        Long[] id = {existing == null ? null : existing.id()};
        Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                id[0] = projects.create(data);
            } else {
                projects.update(existing.id(), existing.version(), data);
            }
        }, () -> onSaved.accept(id[0]));
    }
}
