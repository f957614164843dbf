package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;

import java.time.LocalDate;
import java.util.List;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Plans a work item in a project, or changes the plan of one that has no progress yet. The binder checks the item's
 * own rules on the fields with the message keys of {@code WorkItem}; what the service still refuses lands on the
 * field it is about.
 */
class WorkItemDialog extends Dialog {

    private final Binder<WorkItemData> binder = new Binder<>(WorkItemData.class);
    private final FieldErrors errors = new FieldErrors();

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
        binder.forField(type).asRequired(message("workItem.error.typeRequired"))
                .withConverter(WorkTypeRow::id,
                        (Long id) -> choices.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null))
                .bind("workTypeId");
        binder.forField(planned).asRequired(message("workItem.error.plannedPositive"))
                .withValidator(rule(q -> q.signum() >= 0, "progress.error.quantityNotNegative"))
                .withValidator(rule(q -> q.signum() > 0, "workItem.error.plannedPositive"))
                .withValidator(rule(q -> q.stripTrailingZeros().scale() <= 2, "progress.error.twoDecimals"))
                .bind("plannedQuantity");
        binder.forField(location).withValidator(rule(l -> l.length() <= 500, "error.tooLong", 500))
                .bind("locationNote");
        binder.forField(budget).withValidator(rule(b -> b == null || b.signum() >= 0
                && b.stripTrailingZeros().scale() <= 2, "project.error.budget")).bind("budget");
        binder.forField(start).bind("plannedStart");
        Binder.Binding<WorkItemData, LocalDate> ends = binder.forField(end)
                .withValidator(rule(d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        "project.error.plannedDates")).bind("plannedEnd");
        start.addValueChangeListener(e -> ends.validate());
        errors.on(type, "workItem.error.typeRequired", "workItem.error.typeRetired")
                .on(planned, LogProgressView.QUANTITY_ERRORS).on(planned, "workItem.error.plannedPositive")
                .on(budget, "project.error.budget").on(end, "project.error.plannedDates")
                .on(location, "error.tooLong");
        if (existing != null) {
            binder.readRecord(new WorkItemData(existing.workTypeId(), existing.planned().stripTrailingZeros(),
                    existing.locationNote(), existing.budget(), existing.plannedStart(), existing.plannedEnd()));
        }
        FormLayout form = new FormLayout(type, planned, location, budget, start, end);
        form.setColspan(type, 2);
        form.setColspan(location, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, errors, data -> {
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
