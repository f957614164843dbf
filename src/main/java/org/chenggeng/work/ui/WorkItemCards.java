package org.chenggeng.work.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.work.WorkItemRow;

import java.util.List;

/**
 * The rows of a {@link WorkItemGrid} as cards, which the theme shows instead of the grid on a phone: the grid's five
 * columns do not fit 390 px, and 剩余 and 完成率 are the figures a manager on site looks for.
 */
class WorkItemCards extends Div {

    WorkItemCards(List<WorkItemRow> rows, WorkItemGrid grid) {
        addClassName("work-item-cards");
        var locale = getLocale();
        for (WorkItemRow r : rows) {
            Div figures = new Div(line("workItem.planned", Quantities.format(r.planned(), r.unit(), locale), null),
                    line("workItem.completed", Quantities.format(r.completed(), r.unit(), locale), null),
                    line("workItem.remaining", Quantities.format(r.remaining(), r.unit(), locale), "item-remaining"));
            figures.addClassName("card-figures");
            Div foot = new Div(grid.bar(r), grid.actions(r));
            foot.addClassName("card-foot");
            Div card = new Div(grid.name(r), figures, foot);
            card.addClassName("work-item-card");
            add(card);
        }
    }

    private Div line(String key, String value, String className) {
        Span shown = new Span(value);
        if (className != null) {
            shown.addClassName(className);
        }
        Div line = new Div(new Span(getTranslation(key)), shown);
        line.addClassName("card-line");
        return line;
    }
}
