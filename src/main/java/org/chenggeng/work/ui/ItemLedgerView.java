package org.chenggeng.work.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.LedgerLine;
import org.chenggeng.work.ProgressReadService.LedgerPage;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;

/**
 * A work item's whole ledger, newest first, a page at a time, as cards that read on a phone: so that last week's entry
 * is found by scrolling, not by guessing its date. "Correct" is offered only on entries the service would let the
 * user correct.
 */
@Route("work-items/:id/ledger")
@PermitAll
class ItemLedgerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final transient ProgressReadService reads;
    private final transient ProgressService progress;
    private final transient PhotoWidgets photos;
    private final Div lines = new Div();
    private final Span count = new Span();
    private final Span pageOf = new Span();
    private final Button newer = new Button();
    private final Button older = new Button();
    private long itemId;
    private int page;
    private String title = "";

    ItemLedgerView(ProgressReadService reads, ProgressService progress, PhotoWidgets photos) {
        this.photos = photos;
        this.reads = reads;
        this.progress = progress;
        addClassNames("page", "ledger-view");
        lines.addClassName("day-entries");
        lines.setId("ledger-lines");
        count.setId("ledger-count");
        count.addClassName("hint");
        pageOf.setId("ledger-page");
        newer.setText(getTranslation("ledger.newer"));
        newer.setIcon(VaadinIcon.ANGLE_LEFT.create());
        newer.setId("ledger-newer");
        newer.addClickListener(e -> show(page - 1));
        older.setText(getTranslation("ledger.older"));
        older.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        older.setIconAfterText(true);
        older.setId("ledger-older");
        older.addClickListener(e -> show(page + 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            itemId = id;
            show(0);
        });
    }

    private void show(int wanted) {
        LedgerPage p = reads.itemLedger(itemId, Math.max(0, wanted), PAGE_SIZE);
        int pages = (int) Math.max(1, (p.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (wanted >= pages && p.total() > 0) {
            show(pages - 1);
            return;
        }
        page = Math.max(0, wanted);
        WorkItemRow item = p.item();
        var locale = getLocale();
        title = getTranslation("ledger.title", item.name(locale));
        removeAll();
        add(new Anchor("projects/" + item.projectId() + "/progress", getTranslation("ledger.backToProgress")));
        H2 heading = new H2(item.name(locale));
        heading.setId("ledger-title");
        Span where = new Span(item.locationNote() == null ? p.projectName() : p.projectName() + " · " + item.locationNote());
        where.addClassName("hint");
        add(heading, where, summary(item), photos.forItem(item.projectId(), item.id()));
        count.setText(getTranslation("ledger.count", p.total()));
        pageOf.setText(getTranslation("ledger.page", page + 1, pages));
        newer.setEnabled(page > 0);
        older.setEnabled(page + 1 < pages);
        lines.removeAll();
        if (p.lines().isEmpty()) {
            lines.add(new Span(getTranslation("ledger.empty")));
        }
        p.lines().forEach(line -> lines.add(card(item, line)));
        Div pager = new Div(newer, pageOf, older);
        pager.addClassName("pager");
        add(count, lines, pager);
    }

    private Div summary(WorkItemRow item) {
        var locale = getLocale();
        Div card = new Div(line("workItem.planned", Quantities.format(item.planned(), item.unit(), locale)),
                line("workItem.completed", Quantities.format(item.completed(), item.unit(), locale)),
                line("workItem.remaining", Quantities.format(item.remaining(), item.unit(), locale)));
        card.addClassName("item-card");
        card.setId("ledger-item");
        return card;
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key)), new Span(value));
        line.addClassName("card-line");
        return line;
    }

    private Div card(WorkItemRow item, LedgerLine line) {
        return new EntryCard(progress, item, line, true, () -> show(page));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
