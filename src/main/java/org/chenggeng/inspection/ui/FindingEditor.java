package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.inspection.FindingData;
import org.chenggeng.work.WorkItemRow;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One thing the inspection found, as it is typed: what, which work items, and photos that upload once the
 * inspection is saved.
 */
class FindingEditor extends Div {

    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<WorkItemRow> items = new MultiSelectComboBox<>();
    private final PhotoUploader photos;
    private final Span number = new Span();
    private final Button remove;

    FindingEditor(int index, Collection<WorkItemRow> workItems, PhotoUploader photos, Runnable onRemove) {
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
        Div head = new Div(number, remove);
        head.addClassName("card-head");
        add(head, description, items, photos);
    }

    void number(int n) {
        number.setText(getTranslation("inspection.finding.number", n));
    }

    FindingData value() {
        return new FindingData(description.getValue(), items.getValue().stream().map(WorkItemRow::id)
                .collect(Collectors.toSet()));
    }

    PhotoUploader photos() {
        return photos;
    }

    void lock() {
        description.setReadOnly(true);
        items.setReadOnly(true);
        remove.setVisible(false);
    }
}
