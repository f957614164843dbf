package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.ProgressReadService.LedgerLine;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.ProgressService.EntryRow;
import org.chenggeng.work.WorkItemRow;

/**
 * One ledger entry as the day list and the item's ledger show it: its quantity in the item's unit (or what it
 * corrects and why), the figure it was logged with when corrections changed it, its note, a locked month's badge,
 * 更正 where the service would accept the correction, and who logged it when.
 */
class EntryCard extends Div {

    EntryCard(ProgressService progress, WorkItemRow item, LedgerLine line, boolean withDate, Runnable changed) {
        var locale = getLocale();
        EntryRow row = line.entry();
        addClassName("entry");
        if (withDate) {
            Span date = new Span(Formats.date(row.date(), locale));
            date.addClassName("entry-date");
            add(date);
        }
        if (row.isCorrection()) {
            addClassName("correction");
            add(new Span(getTranslation("log.correctionOf", row.correctsId(),
                    (row.quantity().signum() > 0 ? "+" : "") + Quantities.format(row.quantity(), item.unit(), locale),
                    row.reason())));
        } else {
            Span counted = new Span(Quantities.format(row.counted(), item.unit(), locale));
            counted.addClassName("entry-quantity");
            add(counted);
            if (row.counted().compareTo(row.quantity()) != 0) {
                add(hint(getTranslation("log.originally", Quantities.format(row.quantity(), item.unit(), locale))));
            }
            if (row.note() != null) {
                add(hint(row.note()));
            }
        }
        if (line.locked()) {
            add(Badges.of(getTranslation("ledger.locked"), "contrast small"));
        }
        if (line.correctable()) {
            Button correct = new Button(getTranslation("log.correct"),
                    e -> new CorrectionDialog(progress, item, row, changed).open());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            correct.addClassName("correct-button");
            correct.setId("correct-" + row.id());
            add(correct);
        }
        add(hint(getTranslation("log.recorded", row.recordedBy(), Formats.dateTime(row.recordedAt(), locale))));
    }

    private static Span hint(String text) {
        Span hint = new Span(text);
        hint.addClassName("hint");
        return hint;
    }
}
