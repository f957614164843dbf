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
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeData;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;

/** Creates or edits a catalogue entry and its report phrase; deletes an unused one or retires one in use. */
class WorkTypeDialog extends Dialog {

    WorkTypeDialog(WorkTypeService types, WorkTypeRow existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "workType.create" : "workType.edit"));
        setWidth("min(52rem, 96vw)");
        var locale = getLocale();
        TextField code = new TextField(getTranslation("workType.code"));
        code.setHelperText(getTranslation("workType.codeRule"));
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
        Span example = new Span();
        example.addClassName("phrase-example");
        if (existing != null) {
            WorkTypeData d = existing.data();
            code.setValue(d.code());
            nameZh.setValue(d.nameZh());
            nameEn.setValue(d.nameEn());
            category.setValue(d.category());
            unit.setValue(d.unit());
            section.setValue(d.section());
            verbZh.setValue(d.verbZh());
            objectZh.setValue(d.objectZh());
            order.setValue(d.phraseOrder());
            verbEn.setValue(d.verbEn());
            objectEn.setValue(d.objectEn());
            objectEnPlural.setValue(d.objectEnPlural());
            sort.setValue(d.sortOrder());
            narrative.setValue(d.narrative());
            example.setText(PhraseExample.of(d, locale));
        } else {
            sort.setValue(500);
        }
        FormLayout form = new FormLayout(code, nameZh, nameEn, category, unit, section, verbZh, objectZh, order, verbEn,
                objectEn, objectEnPlural, sort, narrative);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        add(form);
        form.addFormItem(example, getTranslation("workType.phrase"));
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, () -> {
            WorkTypeData data = new WorkTypeData(code.getValue(), nameZh.getValue(), nameEn.getValue(),
                    category.getValue(), unit.getValue(), section.getValue(), verbZh.getValue(), objectZh.getValue(),
                    order.getValue(), verbEn.getValue(), objectEn.getValue(), objectEnPlural.getValue(),
                    sort.getValue() == null ? 0 : sort.getValue(), narrative.getValue());
            if (existing == null) {
                types.create(data);
            } else {
                types.update(existing.id(), existing.version(), data);
            }
        }, changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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

    private <T> Select<T> select(String key, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(label);
        return select;
    }
}
