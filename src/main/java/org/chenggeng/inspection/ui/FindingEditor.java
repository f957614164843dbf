package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.inspection.FindingData;
import org.chenggeng.inspection.IssueData;
import org.chenggeng.inspection.Severity;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.work.WorkItemRow;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One thing the inspection found, as it is typed: what, which work items, whether it is to be rectified (then its
 * severity, the unit that answers for it and the deadline), and photos that upload once the inspection is saved.
 */
class FindingEditor extends Div {

    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<WorkItemRow> items = new MultiSelectComboBox<>();
    private final PhotoUploader photos;
    private final Span number = new Span();
    private final Button remove;
    private final Checkbox rectify = new Checkbox();
    private final Select<Severity> severity = new Select<>();
    private final TextField unit = new TextField();
    private final DatePicker deadline;

    FindingEditor(int index, Collection<WorkItemRow> workItems, PhotoUploader photos, String implementingUnit,
                  Runnable onRemove) {
        this.photos = photos;
        addClassName("finding-editor");
        setId("finding-" + index);
        number.addClassName("finding-number");
        description.setLabel(getTranslation("inspection.finding.description"));
        description.setMaxLength(1000);
        description.setWidthFull();
        description.setId("finding-description-" + index);
        items.setLabel(getTranslation("inspection.finding.items"));
        items.setItems(workItems);
        items.setItemLabelGenerator(i -> InspectionTexts.item(i, getLocale()));
        items.setWidthFull();
        items.setId("finding-items-" + index);
        remove = new Button(getTranslation("inspection.finding.remove"), VaadinIcon.TRASH.create(), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        rectify.setLabel(getTranslation("inspection.finding.rectify"));
        rectify.setValue(true);
        rectify.setId("finding-rectify-" + index);
        severity.setLabel(getTranslation("issue.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        severity.setValue(Severity.GENERAL);
        severity.setId("finding-severity-" + index);
        unit.setLabel(getTranslation("issue.responsibleUnit"));
        unit.setMaxLength(200);
        unit.setValue(implementingUnit == null ? "" : implementingUnit);
        unit.setId("finding-unit-" + index);
        deadline = DatePickers.create(getTranslation("issue.deadline"), getLocale());
        deadline.setValue(UiClock.today().plusDays(14));
        deadline.setMin(UiClock.today());
        deadline.setId("finding-deadline-" + index);
        Div issue = new Div(severity, unit, deadline);
        issue.addClassName("form-pair");
        rectify.addValueChangeListener(e -> issue.setVisible(e.getValue()));
        Div head = new Div(number, remove);
        head.addClassName("card-head");
        add(head, description, items, rectify, issue, photos);
    }

    void number(int n) {
        number.setText(getTranslation("inspection.finding.number", n));
    }

    FindingData value() {
        return new FindingData(description.getValue(), items.getValue().stream().map(WorkItemRow::id)
                .collect(Collectors.toSet()), rectify.getValue() ? new IssueData(description.getValue(),
                severity.getValue(), unit.getValue(), deadline.getValue()) : null);
    }

    PhotoUploader photos() {
        return photos;
    }

    void lock() {
        description.setReadOnly(true);
        items.setReadOnly(true);
        rectify.setReadOnly(true);
        severity.setReadOnly(true);
        unit.setReadOnly(true);
        deadline.setReadOnly(true);
        remove.setVisible(false);
    }
}
