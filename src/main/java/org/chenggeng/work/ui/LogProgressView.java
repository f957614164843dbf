package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.OverrunNeedsConfirmation;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Logging the day's work on site, from a phone: project → work item → quantity → save. The item's planned,
 * completed and remaining quantity stay in view, photos taken on site upload once the entry is saved, and the day's
 * entries are listed below, each with "correct" and its photos.
 */
@Route("log")
@Menu(title = "menu.log", order = 2, icon = "vaadin:plus-circle")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_MANAGER})
class LogProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectQueries projects;
    private final transient WorkItemService items;
    private final transient ProgressService progress;
    private final ComboBox<ProjectRow> project = new ComboBox<>();
    private final ComboBox<WorkItemRow> item = new ComboBox<>();
    private final Div itemCard = new Div();
    private final DatePicker date;
    private final BigDecimalField quantity = new BigDecimalField();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final DayEntries dayEntries;
    /** Sent with every save of the entry being typed: a double tap or a resend logs it once. New after a save. */
    private String entryKey = UUID.randomUUID().toString();
    private final Anchor ledger = new Anchor();
    private final FieldErrors errors = new FieldErrors();
    private final PhotoUploader photos;

    LogProgressView(ProjectQueries projects, WorkItemService items, ProgressService progress,
                    ProgressReadService reads, PhotoWidgets photoWidgets, Clock clock) {
        this.projects = projects;
        this.items = items;
        this.progress = progress;
        addClassName("page");
        addClassName("log-view");
        date = DatePickers.create(getTranslation("log.date"), getLocale());
        dayEntries = new DayEntries(progress, reads, photoWidgets, this::refreshItem);
        photos = photoWidgets.forNewEntry();
        List<ProjectRow> loggable = projects.loggable();
        project.setLabel(getTranslation("log.project"));
        project.setItems(loggable);
        project.setItemLabelGenerator(p -> p.code() + " " + p.name());
        project.setId("log-project");
        project.setWidthFull();
        item.setLabel(getTranslation("log.item"));
        item.setItemLabelGenerator(i -> i.name(getLocale()) + (i.locationNote() == null ? "" : " · " + i.locationNote()));
        item.setId("log-item");
        item.setWidthFull();
        // Today as the services see it (the injected clock), not the JVM's own idea of it.
        LocalDate today = LocalDate.now(clock);
        date.setValue(today);
        date.setMax(today);
        date.setWidthFull();
        quantity.setLabel(getTranslation("log.quantity"));
        quantity.setId("log-quantity");
        quantity.setWidthFull();
        note.setLabel(getTranslation("log.note"));
        note.setWidthFull();
        note.setMaxLength(500);
        save.setText(getTranslation("log.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.setId("log-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save(false));
        errors.on(quantity, QUANTITY_ERRORS).on(date, "progress.error.dateRequired", "error.dateInFuture",
                "progress.error.beforeStart", "progress.error.monthLocked").on(note, "error.tooLong");
        itemCard.addClassName("item-card");
        itemCard.setId("item-card");
        ledger.setText(getTranslation("ledger.open"));
        ledger.setTitle(getTranslation("ledger.openHint"));
        ledger.setId("log-ledger");

        project.addValueChangeListener(e -> loadItems());
        item.addValueChangeListener(e -> refreshItem());
        date.addValueChangeListener(e -> refreshDay());
        add(new H2(getTranslation("log.title")));
        if (loggable.isEmpty()) {
            Div none = new Div(new Span(getTranslation("log.noProjects")));
            none.addClassName("banner-warning");
            add(none);
            return;
        }
        Div dayHead = new Div(new H3(getTranslation("log.dayEntries")), ledger);
        dayHead.addClassName("section-head");
        add(project, item, itemCard, date, quantity, note, photos, save, dayHead, dayEntries);
        if (loggable.size() == 1) {
            project.setValue(loggable.getFirst());
        }
        refreshItem();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getSingleParameter("project");
        params.flatMap(id -> project.getListDataView().getItems().filter(p -> String.valueOf(p.id()).equals(id))
                .findFirst()).ifPresent(project::setValue);
    }

    private void loadItems() {
        ProjectRow p = project.getValue();
        List<WorkItemRow> rows = p == null ? List.of()
                : items.items(p.id()).stream().filter(i -> !i.retired()).toList();
        item.setItems(rows);
        item.setValue(rows.size() == 1 ? rows.getFirst() : null);
    }

    private void refreshItem() {
        WorkItemRow current = item.getValue();
        itemCard.removeAll();
        save.setEnabled(current != null);
        ledger.setVisible(current != null);
        if (current == null) {
            dayEntries.show(null, null);
            return;
        }
        WorkItemRow fresh = items.item(current.id());
        ledger.setHref("work-items/" + fresh.id() + "/ledger");
        var locale = getLocale();
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, fresh.percent().doubleValue()));
        bar.setId("item-bar");
        itemCard.add(line("workItem.planned", Quantities.format(fresh.planned(), fresh.unit(), locale)),
                line("workItem.completed", Quantities.format(fresh.completed(), fresh.unit(), locale)),
                line("workItem.remaining", Quantities.format(fresh.remaining(), fresh.unit(), locale)),
                bar, new Span(fresh.percent().toPlainString() + "%"));
        quantity.setSuffixComponent(new Span(Quantities.unitLabel(fresh.unit(), locale)));
        quantity.setHelperText(getTranslation(fresh.unit().isCount() ? "log.wholeNumbers" : "log.twoDecimals"));
        refreshDay();
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key)), new Span(value));
        line.addClassName("card-line");
        return line;
    }

    private void refreshDay() {
        WorkItemRow current = item.getValue();
        dayEntries.show(current, date.getValue());
    }

    private void save(boolean overrunConfirmed) {
        WorkItemRow current = item.getValue();
        if (current == null) {
            return;
        }
        BigDecimal q = quantity.isInvalid() ? null : quantity.getValue();
        try {
            long entryId = progress.log(new ProgressService.LogRequest(current.id(), date.getValue(), q, note.getValue(),
                    overrunConfirmed), entryKey).entryId();
            photos.attachTo(entryId);
            entryKey = UUID.randomUUID().toString();
            errors.clear();
            Notifications.success("log.saved", Quantities.format(q, current.unit(), getLocale()), current.name(getLocale()));
            quantity.clear();
            note.clear();
            refreshItem();
        } catch (OverrunNeedsConfirmation over) {
            OverrunConfirmation.ask(over, current.unit(), () -> save(true));
        } catch (DomainException e) {
            errors.show(e);
        } finally {
            save.setEnabled(item.getValue() != null);
        }
    }

    /** The refusals of a quantity in its unit, which the quantity field shows under itself. */
    static final String[] QUANTITY_ERRORS = {"progress.error.quantityPositive", "progress.error.quantityNotNegative",
            "progress.error.wholeNumber", "progress.error.twoDecimals", "progress.error.tooLarge"};

    @Override
    public String getPageTitle() {
        return getTranslation("log.title");
    }
}
