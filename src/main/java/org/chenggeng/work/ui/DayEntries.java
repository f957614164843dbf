package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.LedgerLine;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.ProgressService.EntryRow;
import org.chenggeng.work.WorkItemRow;

import java.time.LocalDate;

/**
 * The entries of one item on one day, each with its corrections, and a "correct" button where the service would accept
 * the correction (the same rule as the item's ledger).
 */
class DayEntries extends Div {

    private final transient ProgressService progress;
    private final transient ProgressReadService reads;
    private final transient Runnable changed;

    DayEntries(ProgressService progress, ProgressReadService reads, Runnable changed) {
        this.progress = progress;
        this.reads = reads;
        this.changed = changed;
        addClassName("day-entries");
        setId("day-entries");
    }

    void show(WorkItemRow item, LocalDate date) {
        removeAll();
        if (item == null || date == null) {
            return;
        }
        var locale = getLocale();
        var lines = reads.day(item.id(), date);
        if (lines.isEmpty()) {
            add(new Span(getTranslation("log.noEntries")));
        }
        for (LedgerLine line : lines) {
            EntryRow row = line.entry();
            Div entry = new Div();
            entry.addClassName("entry");
            if (row.isCorrection()) {
                entry.addClassName("correction");
                entry.add(new Span(getTranslation("log.correctionOf", row.correctsId(),
                        (row.quantity().signum() > 0 ? "+" : "") + Quantities.format(row.quantity(), item.unit(), locale),
                        row.reason())));
            } else {
                entry.add(new Span(Quantities.format(row.counted(), item.unit(), locale)));
                if (row.counted().compareTo(row.quantity()) != 0) {
                    Span was = new Span(getTranslation("log.originally", Quantities.format(row.quantity(), item.unit(),
                            locale)));
                    was.addClassName("hint");
                    entry.add(was);
                }
                if (row.note() != null) {
                    Span note = new Span(row.note());
                    note.addClassName("hint");
                    entry.add(note);
                }
                if (line.correctable()) {
                    Button correct = new Button(getTranslation("log.correct"),
                            e -> new CorrectionDialog(progress, item, row, changed).open());
                    correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    correct.addClassName("correct-button");
                    entry.add(correct);
                }
            }
            Span who = new Span(getTranslation("log.recorded", row.recordedBy(), Formats.dateTime(row.recordedAt(), locale)));
            who.addClassName("hint");
            entry.add(who);
            add(entry);
        }
    }
}
