package org.chenggeng.work.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.LedgerLine;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;

import java.time.LocalDate;

/**
 * The entries of one item on one day, each with its corrections, and a "correct" button where the service would accept
 * the correction (the same rule as the item's ledger), and the entry's photos.
 */
class DayEntries extends Div {

    /** The most entries of a day the log screen lists; the rest are in the item's ledger. */
    static final int SHOWN = 20;

    private final transient ProgressService progress;
    private final transient ProgressReadService reads;
    private final transient Runnable changed;
    private final transient PhotoWidgets photos;

    DayEntries(ProgressService progress, ProgressReadService reads, PhotoWidgets photos, Runnable changed) {
        this.photos = photos;
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
        var day = reads.day(item.id(), date, SHOWN);
        if (day.lines().isEmpty()) {
            add(new Span(getTranslation("log.noEntries")));
        }
        if (day.total() > day.lines().size()) {
            // a busy item's day: the newest entries here, all of them in the item's ledger (全部记录)
            Span more = new Span(getTranslation("log.moreEntries", day.total(), day.lines().size()));
            more.addClassName("hint");
            more.setId("day-entries-more");
            add(more);
        }
        for (LedgerLine line : day.lines()) {
            EntryCard card = new EntryCard(progress, item, line, false, changed);
            if (!line.entry().isCorrection()) {
                card.add(photos.forEntry(line.entry().id()));
            }
            add(card);
        }
    }
}
