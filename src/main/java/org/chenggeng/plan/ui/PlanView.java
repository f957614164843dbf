package org.chenggeng.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanProgress;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.Magnitudes;
import org.chenggeng.shared.ui.Formats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A region's annual plan beside what its projects did: 开工率 and 完工率 against the plan (they can pass 100 %) and
 * against the projects, by count and by households; investment against the plan and the projects' funding plans; and
 * the regions below it. The level above sets the plan here.
 */
@Route("plans")
@Menu(title = "menu.plans", order = 6, icon = "vaadin:calendar-briefcase")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
class PlanView extends VerticalLayout implements HasDynamicTitle {

    private final transient AnnualPlanService plans;
    private final Map<Long, String> paths;
    private final ComboBox<RegionNode> region = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    PlanView(AnnualPlanService plans, RegionService regions, Clock clock) {
        this.plans = plans;
        this.paths = regions.paths();
        addClassName("page");
        List<RegionNode> choices = plans.regions();
        region.setLabel(getTranslation("plan.region"));
        region.setItems(choices);
        region.setItemLabelGenerator(r -> paths.getOrDefault(r.id(), r.name()));
        region.getStyle().set("flex", "1 1 20rem");
        region.setId("plan-region");
        int now = Year.now(clock).getValue();
        year.setLabel(getTranslation("plan.year"));
        year.setItems(IntStream.rangeClosed(now - 6, now + 2).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(now);
        year.setId("plan-year");
        if (!choices.isEmpty()) {
            region.setValue(choices.getFirst());
        }
        region.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(region, year);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        content.setWidthFull();
        add(new H2(getTranslation("plan.title")), new Paragraph(getTranslation("plan.help")), bar, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (region.getValue() == null || year.getValue() == null) {
            return;
        }
        PlanProgress p = plans.progress(region.getValue().id(), year.getValue());
        var locale = getLocale();
        Span state = new Span(p.plan() == null ? getTranslation("plan.none")
                : getTranslation("plan.setBy", p.setBy(), Formats.dateTime(p.setAt(), locale)));
        state.setId("plan-state");
        content.add(new H3(getTranslation("plan.heading", p.regionName(), String.valueOf(p.year()))), state);
        if (p.mayEdit()) {
            Button set = new Button(getTranslation(p.plan() == null ? "plan.set" : "plan.change"),
                    VaadinIcon.EDIT.create(), e -> new PlanDialog(plans, p, this::refresh).open());
            set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            set.setId("plan-set");
            content.add(set);
        }
        content.add(figures(p), rates(p), new H3(getTranslation("plan.below")), below(p));
    }

    private FlexLayout figures(PlanProgress p) {
        var locale = getLocale();
        var a = p.actuals();
        FlexLayout figures = new FlexLayout(
                figure("plan.figure.planInvestment", p.plan() == null ? "—" : Magnitudes.money(p.plan().investment(), locale)),
                figure("plan.figure.projectInvestment", Magnitudes.money(a.investmentPlanned(), locale)),
                figure("plan.figure.completedInvestment", Magnitudes.money(a.investmentCompleted(), locale)),
                figure("plan.figure.investmentRate", rate(p.investmentRateAgainstPlan()) + " / "
                        + rate(p.investmentRate())),
                figure("plan.figure.floorArea", Magnitudes.area(a.floorArea(), locale)),
                figure("plan.figure.buildings", Formats.number(a.buildings(), locale)));
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("plan-figures");
        return figures;
    }

    private Div figure(String key, String value) {
        Div box = new Div(new Span(getTranslation(key)), new Span(value));
        box.addClassName("figure");
        return box;
    }

    private Grid<RateRow> rates(PlanProgress p) {
        Grid<RateRow> grid = new Grid<>();
        var locale = getLocale();
        grid.addColumn(r -> getTranslation(r.labelKey())).setHeader(getTranslation("plan.rate.what")).setFlexGrow(2);
        grid.addColumn(r -> r.base() == null ? "—" : Formats.number(r.base(), locale))
                .setHeader(getTranslation("plan.rate.base")).setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.started(), locale)).setHeader(getTranslation("plan.rate.started"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> rateSpan(r.startRate())).setHeader(getTranslation("plan.rate.startRate"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.completed(), locale)).setHeader(getTranslation("plan.rate.completed"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> rateSpan(r.completionRate()))
                .setHeader(getTranslation("plan.rate.completionRate")).setAutoWidth(true);
        grid.setItems(RateRow.of(p));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("plan-rates");
        return grid;
    }

    private Grid<PlanProgress> below(PlanProgress p) {
        Grid<PlanProgress> grid = new Grid<>();
        var locale = getLocale();
        grid.addColumn(PlanProgress::regionName).setHeader(getTranslation("plan.region")).setFlexGrow(2);
        grid.addColumn(c -> c.plan() == null ? "—" : Formats.number(c.plan().compounds(), locale))
                .setHeader(getTranslation("plan.rate.planCompoundsShort")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.actuals().compoundsStarted(), locale))
                .setHeader(getTranslation("plan.rate.started")).setAutoWidth(true);
        grid.addComponentColumn(c -> rateSpan(c.startRateAgainstPlan()))
                .setHeader(getTranslation("plan.rate.startRate")).setAutoWidth(true);
        grid.addComponentColumn(c -> rateSpan(c.completionRateAgainstPlan()))
                .setHeader(getTranslation("plan.rate.completionRate")).setAutoWidth(true);
        grid.addColumn(c -> Magnitudes.money(c.actuals().investmentCompleted(), locale))
                .setHeader(getTranslation("plan.figure.completedInvestment")).setAutoWidth(true);
        grid.setItems(plans.below(p.regionId(), p.year()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("plan-below");
        return grid;
    }

    private Span rateSpan(BigDecimal rate) {
        Span s = new Span(rate(rate));
        if (rate != null && rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            s.addClassName("rate-over");
        }
        return s;
    }

    private String rate(BigDecimal rate) {
        return rate == null ? "—" : Formats.number(rate, getLocale()) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
