package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.chenggeng.inspection.Check;
import org.chenggeng.inspection.CheckResult;
import org.chenggeng.inspection.TemplateService;

import java.util.ArrayList;
import java.util.List;

/** The checklist of the chosen kind, one line each with 符合 / 不符合 / 不适用 to tap. */
class ChecklistEditor extends Div {

    private final List<TemplateService.Line> lines = new ArrayList<>();
    private final List<RadioButtonGroup<CheckResult>> results = new ArrayList<>();

    ChecklistEditor() {
        addClassName("checklist");
        setId("checklist");
    }

    void show(List<TemplateService.Line> template) {
        removeAll();
        lines.clear();
        results.clear();
        if (template.isEmpty()) {
            Span none = new Span(getTranslation("inspection.checklist.empty"));
            none.addClassName("hint");
            add(none);
        }
        int n = 0;
        for (TemplateService.Line line : template) {
            Span text = new Span(line.text(getLocale()));
            text.addClassName("check-text");
            RadioButtonGroup<CheckResult> result = new RadioButtonGroup<>();
            result.setItems(CheckResult.values());
            result.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            result.setId("check-" + n++);
            result.addClassName("check-result");
            Div row = new Div(text, result);
            row.addClassName("check-line");
            lines.add(line);
            results.add(result);
            add(row);
        }
    }

    /** The lines as checked; a line left open has no result, which the service refuses. */
    List<Check> value() {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            checks.add(new Check(lines.get(i).textZh(), lines.get(i).textEn(), results.get(i).getValue()));
        }
        return checks;
    }

    void lock() {
        results.forEach(r -> r.setReadOnly(true));
    }
}
