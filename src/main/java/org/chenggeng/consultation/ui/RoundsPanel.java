package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.RoundRow;
import org.chenggeng.consultation.RoundStatus;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.WorkItemService;

/** The rounds of a project with how far each has got and its result; the committee opens new ones here. */
class RoundsPanel extends VerticalLayout {

    private final transient RoundService rounds;
    private final long projectId;
    private final Grid<RoundRow> grid = new Grid<>();

    RoundsPanel(RoundService rounds, HouseholdService households, WorkItemService workItems,
                ProjectAccess.ProjectDetails project) {
        this.rounds = rounds;
        this.projectId = project.id();
        setPadding(false);
        var locale = getLocale();
        if (rounds.mayManage(projectId)) {
            Button create = new Button(getTranslation("round.create"), VaadinIcon.PLUS.create(),
                    e -> new RoundDialog(rounds, households, workItems, project, null, this::open).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-round");
            add(create);
        }
        grid.addColumn(r -> getTranslation("round.number", r.number())).setHeader(getTranslation("round.round"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.kind().labelKey()) + " · " + getTranslation(r.method().labelKey()))
                .setHeader(getTranslation("round.kind")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> Scopes.label(this, r)).setHeader(getTranslation("round.scope")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(r -> Formats.date(r.opensOn(), locale) + " – " + Formats.date(r.closesOn(), locale))
                .setHeader(getTranslation("round.dates")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span recorded = new Span(getTranslation("round.recordedOf", Formats.number(r.recorded(), locale),
                    Formats.number(r.households(), locale)));
            recorded.addClassName("hint");
            Div cell = new Div(Badges.of(getTranslation(r.status().labelKey()),
                    r.status() == RoundStatus.OPEN ? "primary" : "contrast"), recorded);
            cell.addClassName("item-name");
            return cell;
        }).setHeader(getTranslation("round.status")).setAutoWidth(true);
        grid.addComponentColumn(this::result).setHeader(getTranslation("round.result")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setId("rounds-grid");
        grid.setEmptyStateText(getTranslation("round.none"));
        add(grid);
        grid.setItems(rounds.rounds(projectId));
    }

    private Component result(RoundRow r) {
        var locale = getLocale();
        if (r.kind() == RoundKind.CONSENT) {
            return r.tally().passed() ? Badges.of(getTranslation("tally.passed"), "success")
                    : Badges.of(getTranslation("tally.failed"), "error");
        }
        if (r.kind() == RoundKind.SATISFACTION && !r.tally().ratios().isEmpty()
                && r.tally().ratios().getFirst().percent() != null) {
            return new Span(getTranslation("round.satisfactionRate",
                    Formats.number(r.tally().ratios().getFirst().percent(), locale)));
        }
        return new Span(getTranslation("round.participation", Formats.number(r.tally().participating(), locale)));
    }

    private void open(Long roundId) {
        getUI().ifPresent(ui -> ui.navigate("consultation/rounds/" + roundId));
    }
}
