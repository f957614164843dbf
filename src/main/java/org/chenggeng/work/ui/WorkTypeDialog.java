package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeData;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Creates or edits a catalogue entry and its report phrase; deletes an unused one or retires one in use. The binder
 * checks the code, the texts and the choices with the message keys of {@code WorkType}; a code the service finds
 * taken is said on the code field, a unit it may not change on the unit field.
 */
class WorkTypeDialog extends Dialog {

    private final Binder<WorkTypeData> binder = new Binder<>(WorkTypeData.class);
    private final FieldErrors errors = new FieldErrors();

    WorkTypeDialog(WorkTypeService types, WorkTypeRow existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "workType.create" : "workType.edit"));
        setWidth("min(52rem, 96vw)");
        var locale = getLocale();
        TextField code = new TextField(getTranslation("workType.code"));
        code.setHelperText(getTranslation("workType.codeRule"));
        code.setId("work-type-code");
        TextField nameZh = new TextField(getTranslation("workType.nameZh"));
        TextField nameEn = new TextField(getTranslation("workType.nameEn"));
        Select<WorkCategory> category = select("workType.category", WorkCategory.values(), c -> getTranslation(c.labelKey()));
        Select<Unit> unit = select("workType.unit", Unit.values(), u -> getTranslation(u.labelKey()));
        Select<ReportSection> section = select("workType.section", ReportSection.values(), s -> getTranslation(s.labelKey()));
        TextField verbZh = new TextField(getTranslation("workType.verbZh"));
        TextField objectZh = new TextField(getTranslation("workType.objectZh"));
        Select<PhraseOrder> order = select("workType.order", PhraseOrder.values(),
                o -> getTranslation("workType.order." + o.name()));
        TextField verbEn = new TextField(getTranslation("workType.verbEn"));
        TextField objectEn = new TextField(getTranslation("workType.objectEn"));
        TextField objectEnPlural = new TextField(getTranslation("workType.objectEnPlural"));
        IntegerField sort = new IntegerField(getTranslation("workType.sortOrder"));
        Checkbox narrative = new Checkbox(getTranslation("workType.narrative"), true);
        narrative.setTooltipText(getTranslation("workType.narrative.help"));
        binder.forField(code).asRequired(message("workType.error.code"))
                .withValidator(rule(c -> WorkTypeData.CODE.matcher(c.trim()).matches(), "workType.error.code"))
                .bind("code");
        text(nameZh, 100, "nameZh");
        text(nameEn, 150, "nameEn");
        text(verbZh, 20, "verbZh");
        text(objectZh, 60, "objectZh");
        text(verbEn, 40, "verbEn");
        text(objectEn, 100, "objectEn");
        text(objectEnPlural, 100, "objectEnPlural");
        binder.forField(category).asRequired(message("workType.error.required")).bind("category");
        binder.forField(unit).asRequired(message("workType.error.required")).bind("unit");
        binder.forField(section).asRequired(message("workType.error.required")).bind("section");
        binder.forField(order).asRequired(message("workType.error.required")).bind("phraseOrder");
        binder.forField(sort).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");
        binder.forField(narrative).bind("narrative");
        errors.on(code, "workType.error.code", "workType.error.codeTaken").on(unit, "workType.error.unitInUse");
        Span example = new Span();
        example.addClassName("phrase-example");
        if (existing != null) {
            binder.readRecord(existing.data());
            example.setText(PhraseExample.of(existing.data(), locale));
        } else {
            sort.setValue(500);
        }
        FormLayout form = new FormLayout(code, nameZh, nameEn, category, unit, section, verbZh, objectZh, order, verbEn,
                objectEn, objectEnPlural, sort, narrative);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        add(form);
        form.addFormItem(example, getTranslation("workType.phrase"));
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                types.create(data);
            } else {
                types.update(existing.id(), existing.version(), data);
            }
        }, changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("work-type-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (existing != null) {
            Button remove = new Button(getTranslation(existing.retired() ? "workType.reinstate"
                    : existing.inUse() ? "workType.retire" : "workType.delete"), e -> {
                if (existing.retired()) {
                    Saving.attempt(this, () -> types.reinstate(existing.id(), existing.version()), changed);
                } else {
                    Saving.attempt(this, () -> {
                        boolean deleted = types.deleteOrRetire(existing.id(), existing.version());
                        Notifications.success(deleted ? "workType.deleted" : "workType.retiredNotice");
                    }, changed);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAsFirst(remove);
        }
    }

    private void text(TextField field, int max, String property) {
        binder.forField(field).asRequired(message("workType.error.required"))
                .withValidator(rule(v -> v.trim().length() <= max, "error.tooLong", max)).bind(property);
    }

    private <T> Select<T> select(String key, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(label);
        return select;
    }
}
