package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.ProgressService.EntryRow;
import org.chenggeng.work.WorkItemRow;

import java.time.LocalDate;

/** The entries of one item on one day, each with its corrections and a "correct" button. */
class DayEntries extends Div {

    private final transient ProgressService progress;
    private final transient Runnable changed;

    DayEntries(ProgressService progress, Runnable changed) {
        this.progress = progress;
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
        var rows = progress.day(item.id(), date);
        if (rows.isEmpty()) {
            add(new Span(getTranslation("log.noEntries")));
        }
        for (EntryRow row : rows) {
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
                Button correct = new Button(getTranslation("log.correct"),
                        e -> new CorrectionDialog(progress, item, row, changed).open());
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                correct.addClassName("correct-button");
                entry.add(correct);
            }
            Span who = new Span(getTranslation("log.recorded", row.recordedBy(), Formats.dateTime(row.recordedAt(), locale)));
            who.addClassName("hint");
            entry.add(who);
            add(entry);
        }
    }
}
