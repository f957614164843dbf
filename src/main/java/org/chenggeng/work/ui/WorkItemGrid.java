package org.chenggeng.work.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.shared.Tooltip;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;

import java.util.List;
import java.util.Map;

/**
 * The work items of one category: planned, completed, remaining and a bar, with the residents' feedback that asked
 * for each; each item's ledger, and edit or retire where allowed. On a phone the theme shows {@link WorkItemCards}
 * instead.
 */
class WorkItemGrid extends Grid<WorkItemRow> {

    private final Map<Long, List<String>> asked;
    private final transient WorkItemService items;
    private final transient WorkTypeService types;
    private final long projectId;
    private final transient Runnable changed;

    WorkItemGrid(List<WorkItemRow> rows, Map<Long, List<String>> asked, WorkItemService items, WorkTypeService types,
                 long projectId, Runnable changed) {
        this.asked = asked;
        this.items = items;
        this.types = types;
        this.projectId = projectId;
        this.changed = changed;
        var locale = getLocale();
        addComponentColumn(this::name).setHeader(getTranslation("workItem.type")).setFlexGrow(2);
        addColumn(r -> Quantities.format(r.planned(), r.unit(), locale)).setHeader(getTranslation("workItem.planned"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Quantities.format(r.completed(), r.unit(), locale)).setHeader(getTranslation("workItem.completed"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Quantities.format(r.remaining(), r.unit(), locale)).setHeader(getTranslation("workItem.remaining"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addComponentColumn(this::bar).setHeader(getTranslation("workItem.percent")).setFlexGrow(1);
        addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        setItems(rows);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("work-items");
    }

    /** The item's name with its location and flags, also the head of its card on a phone. */
    Div name(WorkItemRow r) {
        Div cell = new Div(new Span(r.name(getLocale())));
        cell.addClassName("item-name");
        if (r.locationNote() != null) {
            Span where = new Span(r.locationNote());
            where.addClassName("hint");
            cell.add(where);
        }
        if (r.overPlan()) {
            cell.add(Badges.of(getTranslation("workItem.overPlan"), "warning small"));
        }
        if (r.retired()) {
            cell.add(Badges.of(getTranslation("workItem.retired"), "contrast small"));
        }
        List<String> feedback = asked.getOrDefault(r.id(), List.of());
        if (!feedback.isEmpty()) {
            Span badge = Badges.of(getTranslation("workItem.askedBy", feedback.size()), "success small");
            String texts = feedback.stream().filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining("\n"));
            if (!texts.isEmpty()) {
                Tooltip.forComponent(badge).withText(texts);
            }
            cell.add(badge);
        }
        return cell;
    }

    Div bar(WorkItemRow r) {
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, r.percent().doubleValue()));
        if (r.overPlan()) {
            bar.addThemeName("contrast");
        } else if (r.remaining().signum() == 0) {
            bar.addThemeName("success");
        }
        Span text = new Span(r.percent().toPlainString() + "%");
        Div cell = new Div(bar, text);
        cell.addClassNames("bar-cell", "item-percent");
        return cell;
    }

    /** The item's ledger, and editing and retiring where allowed. */
    Component actions(WorkItemRow r) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button ledger = new Button(VaadinIcon.LIST_UL.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("work-items/" + r.id() + "/ledger")));
        ledger.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        ledger.setTooltipText(getTranslation("ledger.open"));
        ledger.setAriaLabel(getTranslation("ledger.open"));
        ledger.addClassName("ledger-button");
        actions.add(ledger);
        if (r.editable()) {
            Button edit = new Button(VaadinIcon.EDIT.create(),
                    e -> new WorkItemDialog(items, types, projectId, r, changed).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setTooltipText(getTranslation("workItem.edit"));
            edit.setAriaLabel(getTranslation("workItem.edit"));
            actions.add(edit);
        }
        if (r.retirable()) {
            Button retire = new Button(VaadinIcon.BAN.create(), e -> retire(r));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            retire.setTooltipText(getTranslation("workItem.retire"));
            retire.setAriaLabel(getTranslation("workItem.retire"));
            actions.add(retire);
        }
        return actions;
    }

    private void retire(WorkItemRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("workItem.retireTitle", r.name(getLocale())));
        TextArea reason = new TextArea(getTranslation("workItem.retireReason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        d.add(reason);
        Button ok = new Button(getTranslation("workItem.retire"),
                e -> Saving.attempt(d, () -> items.retire(r.id(), r.version(), reason.getValue()), changed));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }
}
