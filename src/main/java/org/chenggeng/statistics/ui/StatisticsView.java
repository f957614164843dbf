package org.chenggeng.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.statistics.FormRow;
import org.chenggeng.statistics.StatisticsExport;
import org.chenggeng.statistics.StatisticsForm;
import org.chenggeng.statistics.StatisticsService;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A region's monthly statistics form with a row per sub-region and the total, its download, the region's own
 * submission with what changed since, and below it who of the regions under it has submitted.
 */
@Route("statistics")
@Menu(title = "menu.statistics", order = 8, icon = "vaadin:table")
@RolesAllowed({Roles.OFFICIAL, Roles.SYSTEM_ADMIN})
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final transient StatisticsService statistics;
    private final transient StatisticsExport export;
    private final ComboBox<RegionNode> region = new ComboBox<>();
    private final Select<YearMonth> month = new Select<>();
    private final Grid<FormRow> form = new Grid<>();
    private final Paragraph submitted = new Paragraph();
    private final Anchor download = new Anchor();
    private final Anchor downloadPdf = new Anchor();
    private final SubmissionsGrid below;

    StatisticsView(StatisticsService statistics, StatisticsExport export, RegionService regions) {
        this.statistics = statistics;
        this.export = export;
        addClassName("page");
        List<RegionNode> offered = regions.inScope().stream().filter(r -> r.level() != RegionLevel.COMMUNITY).toList();
        region.setLabel(getTranslation("statistics.filter.region"));
        region.setItems(offered);
        region.setItemLabelGenerator(RegionNode::name);
        region.setId("statistics-region");
        YearMonth last = YearMonth.now().minusMonths(1);
        month.setLabel(getTranslation("statistics.filter.month"));
        month.setItems(IntStream.range(0, 36).mapToObj(last::minusMonths).toList());
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        month.setValue(last);
        month.setId("statistics-month");
        Button submit = new Button(getTranslation("statistics.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("statistics-submit");
        download.setText(getTranslation("statistics.download"));
        download.setId("statistics-download");
        downloadPdf.setText(getTranslation("statistics.downloadPdf"));
        downloadPdf.setId("statistics-download-pdf");
        FlexLayout bar = new FlexLayout(region, month, submit, download, downloadPdf);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        columns();
        form.setId("statistics-form");
        form.setAllRowsVisible(true);
        submitted.setId("statistics-submitted");
        below = new SubmissionsGrid(statistics, this::refresh);
        add(new H2(getTranslation("statistics.title")), bar, form, submitted, below);
        region.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        offered.stream().findFirst().ifPresent(region::setValue);
    }

    /**
     * The form's columns under the groups of the provincial form (年度计划, 实施情况, 投资, 对照计划); every heading
     * wraps within its column, so that each reads whole at 1280 px and on a phone.
     */
    private void columns() {
        Grid.Column<FormRow> name = form.addComponentColumn(r -> wrapped(r.name())).setFrozen(true)
                .setWidth("7.5rem").setFlexGrow(0);
        name.setHeader(heading("statistics.form.region"));
        Grid.Column<FormRow> planned = column(r -> r.planCompounds(), "statistics.col.planCompounds");
        List<Grid.Column<FormRow>> done = List.of(
                column(FormRow::compoundsStarted, "statistics.col.compoundsStarted"),
                column(FormRow::compoundsCompleted, "statistics.col.compoundsCompleted"),
                column(FormRow::households, "statistics.col.households"),
                column(r -> Formats.number(r.floorArea(), getLocale()), "statistics.col.floorArea"));
        Grid.Column<FormRow> money = column(r -> Formats.money(r.investmentCompleted(), getLocale()),
                "statistics.col.investmentCompleted");
        List<Grid.Column<FormRow>> rates = List.of(
                column(r -> rate(r.startRateAgainstPlan()), "statistics.col.startRate"),
                column(r -> rate(r.completionRateAgainstPlan()), "statistics.col.completionRate"));
        HeaderRow groups = form.prependHeaderRow();
        groups.getCell(planned).setComponent(group("statistics.group.plan"));
        groups.join(done.toArray(Grid.Column[]::new)).setComponent(group("statistics.group.done"));
        groups.getCell(money).setComponent(group("statistics.group.investment"));
        groups.join(rates.toArray(Grid.Column[]::new)).setComponent(group("statistics.group.rates"));
        form.getColumns().forEach(c -> c.setResizable(true));
    }

    private Grid.Column<FormRow> column(ValueProvider<FormRow, ?> value, String heading) {
        Grid.Column<FormRow> column = form.addColumn(value).setWidth("6.5rem").setFlexGrow(1);
        Span text = heading(heading);
        text.addClassName("numeric");
        column.setHeader(text);
        column.setTextAlign(ColumnTextAlign.END);
        return column;
    }

    /** A heading that wraps instead of being cut off with an ellipsis. */
    private Span heading(String key) {
        Span heading = wrapped(getTranslation(key));
        heading.addClassName("wrapped-heading");
        return heading;
    }

    private Span group(String key) {
        Span group = heading(key);
        group.addClassName("group");
        return group;
    }

    private static Span wrapped(String text) {
        Span span = new Span(text);
        span.addClassName("wrapped");
        return span;
    }

    private String rate(BigDecimal value) {
        return value == null ? "—" : Formats.number(value, getLocale()) + " %";
    }

    private void refresh() {
        if (region.getValue() == null || month.getValue() == null) {
            return;
        }
        long id = region.getValue().id();
        YearMonth m = month.getValue();
        StatisticsForm f = statistics.form(id, m).withOwnRow(name -> getTranslation("statistics.form.own", name));
        List<FormRow> rows = new ArrayList<>(f.rows());
        rows.add(f.total().named(getTranslation("statistics.form.total")));
        form.setItems(rows);
        submitted.setText(statistics.difference(id, m).map(d -> getTranslation("statistics.submitted.difference",
                Formats.money(d.investmentCompleted(), getLocale()), d.compoundsStarted(), d.compoundsCompleted()))
                .orElse(getTranslation("statistics.submitted.none")));
        byte[] bytes = export.excel(id, m, getLocale());
        download.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "statistics-" + m + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                bytes.length)));
        java.util.Locale locale = getLocale();
        downloadPdf.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = export.pdf(id, m, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "statistics-" + m + ".pdf", "application/pdf",
                    pdf.length);
        }));
        below.show(id, m);
    }

    private void submit() {
        try {
            statistics.submit(region.getValue().id(), month.getValue());
            Notifications.success("statistics.submitted.done");
            refresh();
        } catch (DomainException e) {
            Notifications.error(e);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.errorKey("statistics.error.notYours");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title");
    }
}
