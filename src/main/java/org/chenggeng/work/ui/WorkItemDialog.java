package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;

import java.util.List;

/** Plans a work item in a project, or changes the plan of one that has no progress yet. */
class WorkItemDialog extends Dialog {

    WorkItemDialog(WorkItemService items, WorkTypeService types, long projectId, WorkItemRow existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "workItem.create" : "workItem.edit"));
        setWidth("min(40rem, 96vw)");
        var locale = getLocale();
        List<WorkTypeRow> choices = types.all().stream()
                .filter(t -> !t.retired() || (existing != null && t.id().equals(existing.workTypeId()))).toList();
        ComboBox<WorkTypeRow> type = new ComboBox<>(getTranslation("workItem.type"));
        type.setItems(choices);
        type.setItemLabelGenerator(t -> getTranslation("workItem.typeOption",
                getTranslation(t.data().category().labelKey()), t.data().name(locale),
                Quantities.unitLabel(t.data().unit(), locale)));
        type.setId("item-type");
        BigDecimalField planned = new BigDecimalField(getTranslation("workItem.planned"));
        planned.setId("item-planned");
        type.addValueChangeListener(e -> planned.setSuffixComponent(e.getValue() == null ? null
                : new com.vaadin.flow.component.html.Span(Quantities.unitLabel(e.getValue().data().unit(), locale))));
        TextField location = new TextField(getTranslation("workItem.location"));
        BigDecimalField budget = new BigDecimalField(getTranslation("project.budgetYuan"));
        DatePicker start = DatePickers.create(getTranslation("project.plannedStart"), locale);
        DatePicker end = DatePickers.create(getTranslation("project.plannedEnd"), locale);
        if (existing != null) {
            choices.stream().filter(t -> t.id().equals(existing.workTypeId())).findFirst().ifPresent(type::setValue);
            planned.setValue(existing.planned().stripTrailingZeros());
            location.setValue(existing.locationNote() == null ? "" : existing.locationNote());
            budget.setValue(existing.budget());
            start.setValue(existing.plannedStart());
            end.setValue(existing.plannedEnd());
        }
        FormLayout form = new FormLayout(type, planned, location, budget, start, end);
        form.setColspan(type, 2);
        form.setColspan(location, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, () -> {
            WorkItemData data = new WorkItemData(type.getValue() == null ? null : type.getValue().id(),
                    planned.getValue(), location.getValue(), budget.getValue(), start.getValue(), end.getValue());
            if (existing == null) {
                items.create(projectId, data);
            } else {
                items.update(existing.id(), existing.version(), data);
            }
        }, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("item-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
