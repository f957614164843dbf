package org.chenggeng.funding.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingService.FundingLine;
import org.chenggeng.funding.FundingService.ProjectFunding;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.shared.Magnitudes;
import org.chenggeng.shared.ui.Formats;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * A project's money: planned against completed investment, in total and per source, the entry of a month's investment
 * (one column on a phone), and the ledger with its corrections. Who may change what the services decide.
 */
@Route("projects/:id/funding")
@PermitAll
class FundingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FundingService funding;
    private final transient InvestmentLedger ledger;
    private final transient FundingSourceService sources;
    private final transient Clock clock;
    private long projectId;
    private String title = "";

    FundingView(FundingService funding, InvestmentLedger ledger, FundingSourceService sources, Clock clock) {
        this.funding = funding;
        this.ledger = ledger;
        this.sources = sources;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        ProjectFunding f = funding.overview(projectId);
        title = getTranslation("funding.title") + " · " + f.name();
        Anchor back = new Anchor("projects/" + projectId, getTranslation("funding.backToProject"));
        H2 heading = new H2(getTranslation("funding.title") + " · " + f.name());
        heading.setId("funding-title");
        add(back, heading, headline(f), new H3(getTranslation("funding.plan")), planList(f));
        if (f.mayWrite()) {
            Anchor fromExcel = new Anchor("projects/" + projectId + "/funding/import", "");
            fromExcel.add(new Button(getTranslation("investmentImport.open"), VaadinIcon.UPLOAD.create()));
            fromExcel.setId("funding-import");
            add(new H3(getTranslation("funding.record")),
                    new InvestmentEntryForm(ledger, sources.active(), projectId, clock, this::render), fromExcel);
        }
        add(new H3(getTranslation("funding.ledger")),
                new InvestmentLedgerList(ledger, sources.all(), ledger.ledger(projectId), f.mayWrite(), this::render));
    }

    private FlexLayout headline(ProjectFunding f) {
        var locale = getLocale();
        FlexLayout figures = new FlexLayout(
                figure("funding.planned", Magnitudes.money(f.planned(), locale)),
                figure("funding.completed", Magnitudes.money(f.completed(), locale)),
                figure("funding.rate", f.rate() == null ? "—" : Formats.number(f.rate(), locale) + "%"));
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("funding-headline");
        return figures;
    }

    private Div figure(String key, String value) {
        Div box = new Div(new Span(getTranslation(key)), new Span(value));
        box.addClassName("figure");
        return box;
    }

    /** One short card per source with money or still open to plan: a grid squeezed its columns on a phone. */
    private Div planList(ProjectFunding f) {
        Div list = new Div();
        list.addClassName("funding-plan");
        list.setId("funding-plan");
        var locale = getLocale();
        for (FundingLine line : f.lines()) {
            if (!f.mayWrite() && line.planned().signum() == 0 && line.completed().signum() == 0) {
                continue;
            }
            Span name = new Span(line.source().name(locale));
            name.addClassName("funding-source");
            BigDecimal rate = FundingService.rate(line.completed(), line.planned());
            boolean none = line.planned().signum() == 0 && line.completed().signum() == 0;
            Span figures = new Span(none ? getTranslation("funding.lineNone") : getTranslation("funding.lineFigures",
                    Magnitudes.money(line.planned(), locale), Magnitudes.money(line.completed(), locale),
                    rate == null ? "—" : Formats.number(rate, locale) + "%"));
            figures.addClassName("funding-figures");
            Div card = new Div(name, figures);
            card.addClassName("funding-line");
            if (f.mayWrite()) {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        e -> new PlanAmountDialog(funding, projectId, line, this::render).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                edit.setAriaLabel(getTranslation("funding.editPlan", line.source().name(locale)));
                edit.setId("plan-edit-" + line.source().code());
                card.add(edit);
            }
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
