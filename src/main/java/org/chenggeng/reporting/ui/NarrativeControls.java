package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.chenggeng.reporting.NarrativeStyle;
import org.chenggeng.work.ReportSection;

import java.util.ArrayList;
import java.util.List;

/**
 * How the official wants the narrative sentence: the sections it opens with, in the order they were picked (the
 * others follow in the catalogue's order), whether it ends in 等, and whether the acceptance sentence follows.
 */
class NarrativeControls extends Composite<FlexLayout> {

    private final MultiSelectComboBox<ReportSection> first = new MultiSelectComboBox<>();
    private final Checkbox etc = new Checkbox();
    private final Checkbox acceptance = new Checkbox();
    /** The picked sections in the order they were picked, which the combo box's set does not keep. */
    private final List<ReportSection> picked = new ArrayList<>();

    NarrativeControls(Runnable changed) {
        first.setLabel(getTranslation("report.filter.narrativeFirst"));
        first.setItems(ReportSection.values());
        first.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        first.setId("report-narrative-first");
        first.setWidth("min(100%, 20em)");
        first.addValueChangeListener(e -> {
            picked.retainAll(e.getValue());
            e.getValue().stream().filter(s -> !picked.contains(s)).forEach(picked::add);
            changed.run();
        });
        etc.setLabel(getTranslation("report.filter.narrativeEtc"));
        etc.setValue(true);
        etc.setId("report-narrative-etc");
        etc.addValueChangeListener(e -> changed.run());
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        acceptance.setLabel(getTranslation("report.filter.narrativeAcceptance"));
        acceptance.setId("report-narrative-acceptance");
        acceptance.addValueChangeListener(e -> changed.run());
        getContent().add(first, etc, acceptance);
    }

    NarrativeStyle style() {
        return new NarrativeStyle(List.copyOf(picked), etc.getValue(), acceptance.getValue());
    }
}
