package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.PeriodLockService;
import org.chenggeng.work.PeriodLockService.LockRow;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.IntStream;

/** Officials close a month for a region (no entries dated in it can then be added or corrected) and reopen it. */
@Route("locks")
@Menu(title = "menu.locks", order = 15, icon = "vaadin:lock")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
class PeriodLockView extends VerticalLayout implements HasDynamicTitle {

    private final transient PeriodLockService locks;
    private final Grid<LockRow> grid = new Grid<>();
    private final Map<Long, String> paths;

    PeriodLockView(PeriodLockService locks, RegionService regions, Clock clock) {
        this.locks = locks;
        this.paths = regions.paths();
        addClassName("page");
        ComboBox<RegionService.RegionNode> region = new ComboBox<>(getTranslation("lock.region"));
        region.setItems(locks.lockableRegions());
        region.setItemLabelGenerator(r -> paths.getOrDefault(r.id(), r.name()));
        region.getStyle().set("flex", "1 1 22rem");
        region.setId("lock-region");
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("lock.month"));
        YearMonth now = YearMonth.now(clock);
        month.setItems(IntStream.range(0, 36).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        month.setValue(now.minusMonths(1));
        month.setId("lock-month");
        Button lock = new Button(getTranslation("lock.lock"), VaadinIcon.LOCK.create(), e -> {
            try {
                locks.lock(region.getValue() == null ? null : region.getValue().id(), month.getValue());
                Notifications.success("lock.locked");
                refresh();
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
        });
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lock.setId("lock-button");
        FlexLayout bar = new FlexLayout(region, month, lock);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        var locale = getLocale();
        grid.addColumn(l -> paths.getOrDefault(l.regionId(), "")).setHeader(getTranslation("lock.region")).setFlexGrow(2);
        grid.addColumn(l -> Formats.month(l.month(), getLocale()))
                .setHeader(getTranslation("lock.month")).setAutoWidth(true);
        grid.addColumn(LockRow::lockedBy).setHeader(getTranslation("lock.by")).setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.lockedAt(), locale)).setHeader(getTranslation("lock.at")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Button unlock = new Button(getTranslation("lock.unlock"), VaadinIcon.UNLOCK.create(), e -> {
                try {
                    locks.unlock(l.regionId(), l.month());
                    Notifications.success("lock.unlocked");
                    refresh();
                } catch (DomainException ex) {
                    Notifications.error(ex);
                }
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return unlock;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("lock-grid");
        add(new H2(getTranslation("lock.title")), new Paragraph(getTranslation("lock.help")), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(locks.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lock.title");
    }
}
