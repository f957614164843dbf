package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.work.WorkItemRow;

import java.util.Locale;

/** How the inspection screens name things: a work item with its place, a conclusion as a coloured badge. */
final class InspectionTexts {

    private InspectionTexts() {
    }

    static String item(WorkItemRow row, Locale locale) {
        return row.name(locale) + (row.locationNote() == null ? "" : " · " + row.locationNote());
    }

    static Span conclusion(Component owner, Conclusion conclusion) {
        return Badges.of(owner.getTranslation(conclusion.labelKey()), conclusion == Conclusion.PASSED ? "success" : "error");
    }
}
