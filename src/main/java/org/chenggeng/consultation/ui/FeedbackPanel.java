package org.chenggeng.consultation.ui;

import org.chenggeng.evidence.ui.PhotoWidgets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.chenggeng.consultation.FeedbackModerationService;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.FeedbackService.FeedbackSummary;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.WorkItemService;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Residents' feedback on a project: the counts everyone who sees the project may see, and for the committee and
 * the project's managers the feedback itself, what was decided, the answer, and the work items that answer it.
 */
class FeedbackPanel extends VerticalLayout {

    private final transient FeedbackService feedback;
    private final long projectId;
    private final Div figures = new Div();
    private final Grid<FeedbackRow> grid = new Grid<>();
    private final Div cards = new Div();
    private final boolean mayRead;
    private final transient Function<FeedbackRow, Component> handle;

    FeedbackPanel(FeedbackService feedback, HouseholdService households, RoundService rounds,
                  WorkItemService workItems, PhotoWidgets photos, ProjectAccess.ProjectDetails project,
                  FeedbackModerationService moderation) {
        this.feedback = feedback;
        this.projectId = project.id();
        this.mayRead = feedback.mayRead(projectId);
        this.handle = f -> f.pending() ? new ModerationButtons(moderation, f, this::refresh)
                : f.rejected() ? new Span() : handleButton(f, households, rounds, workItems, photos, project);
        build(project, households, rounds);
    }

    private Component handleButton(FeedbackRow f, HouseholdService households, RoundService rounds,
                                   WorkItemService workItems, PhotoWidgets photos,
                                   ProjectAccess.ProjectDetails project) {
        Button open = new Button(getTranslation("feedback.handle"),
                e -> new FeedbackStepDialog(feedback, households, rounds, workItems, photos, project, f,
                        this::refresh).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("feedback-handle");
        return open;
    }

    private void build(ProjectAccess.ProjectDetails project, HouseholdService households, RoundService rounds) {
        setPadding(false);
        figures.addClassName("feedback-figures");
        figures.setId("feedback-figures");
        add(figures);
        if (feedback.mayRecord(projectId)) {
            Button create = new Button(getTranslation("feedback.create"), VaadinIcon.PLUS.create(),
                    e -> new FeedbackDialog(feedback, households, rounds, project, null, this::refresh).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-feedback");
            add(create);
        }
        if (mayRead) {
            var locale = getLocale();
            grid.addColumn(f -> Formats.date(f.receivedOn(), locale)).setHeader(getTranslation("feedback.receivedOn"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(f -> f.household() == null ? getTranslation("feedback.anonymous") : f.household())
                    .setHeader(getTranslation("feedback.household")).setWidth("10rem").setFlexGrow(1);
            grid.addComponentColumn(this::content).setHeader(getTranslation("feedback.content")).setWidth("14rem").setFlexGrow(4);
            grid.addComponentColumn(this::status).setHeader(getTranslation("feedback.status")).setAutoWidth(true);
            grid.addColumn(this::items)
                    .setHeader(getTranslation("feedback.items")).setWidth("9rem").setFlexGrow(2);
            grid.addComponentColumn(handle::apply).setAutoWidth(true).setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("feedback.none"));
            grid.setId("feedback-grid");
            grid.addClassName("feedback-list");
            cards.addClassName("feedback-cards");
            cards.setId("feedback-cards");
            add(grid, cards);
        } else {
            add(new Span(getTranslation("feedback.aggregatesOnly")));
        }
        refresh();
    }

    private Div content(FeedbackRow f) {
        Span category = new Span(getTranslation(f.category().labelKey()) + " · "
                + getTranslation(f.channel().labelKey()));
        category.addClassName("hint");
        Span content = new Span(f.content());
        content.addClassName("prose");
        Div cell = new Div(category, content);
        if (f.callbackPhone() != null) {
            Span phone = new Span(getTranslation("feedback.callbackPhone", f.callbackPhone()));
            phone.addClassName("hint");
            phone.addClassName("feedback-phone");
            cell.add(phone);
        }
        if (f.rejected()) {
            Span reason = new Span(getTranslation("feedback.rejectedBecause", f.moderationReason()));
            reason.addClassName("hint");
            cell.add(reason);
        }
        cell.addClassName("item-name");
        return cell;
    }

    private String items(FeedbackRow f) {
        var locale = getLocale();
        return f.items().stream().map(i -> getTranslation("feedback.itemProgress", i.name(locale),
                Formats.number(i.percent(), locale))).collect(Collectors.joining(getTranslation("list.separator")));
    }

    /** A feedback as a card, which the theme shows instead of the grid's six columns on a phone. */
    private Div card(FeedbackRow f) {
        Span when = new Span(Formats.date(f.receivedOn(), getLocale()));
        Span who = new Span(f.household() == null ? getTranslation("feedback.anonymous") : f.household());
        who.addClassName("hint");
        Div head = new Div(when, who, status(f));
        head.addClassName("card-head");
        Div card = new Div(head, content(f));
        String answered = items(f);
        if (!answered.isEmpty()) {
            Span items = new Span(answered);
            items.addClassName("hint");
            card.add(items);
        }
        card.add(handle.apply(f));
        card.addClassName("feedback-card");
        return card;
    }

    private Component status(FeedbackRow f) {
        if (f.pending() || f.rejected()) {
            Span badge = Badges.of(getTranslation(f.moderation().labelKey()), f.pending() ? "contrast" : "error");
            badge.addClassName("feedback-moderation");
            return badge;
        }
        Span badge = Badges.of(getTranslation(f.status().labelKey()), switch (f.status()) {
            case RECEIVED, UNDER_REVIEW -> "contrast";
            case ADOPTED, PARTLY_ADOPTED -> "success";
            case NOT_ADOPTED -> "error";
            case RESOLVED -> f.decision() != null && f.decision().adopted() ? "success primary" : "primary";
        });
        if (f.status() == FeedbackStatus.RESOLVED && f.decision() != null) {
            badge.setTitle(getTranslation(f.decision().labelKey()));
        }
        return badge;
    }

    private void refresh() {
        FeedbackSummary s = feedback.summary(projectId);
        var locale = getLocale();
        figures.removeAll();
        FlexLayout row = new FlexLayout();
        row.addClassName("figures");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.add(figure("feedback.figure.received", Formats.number(s.received(), locale)),
                figure("feedback.figure.open", Formats.number(s.open(), locale)),
                figure("feedback.figure.adopted", Formats.number(s.adopted(), locale)),
                figure("feedback.figure.notAdopted", Formats.number(s.notAdopted(), locale)),
                figure("feedback.figure.resolved", Formats.number(s.resolved(), locale)),
                figure("feedback.figure.medianDays", s.medianDaysToAnswer() == null ? "—"
                        : getTranslation("feedback.days", Formats.number(s.medianDaysToAnswer(), locale))));
        figures.add(row);
        if (mayRead) {
            var rows = feedback.list(projectId);
            grid.setItems(rows);
            cards.removeAll();
            rows.forEach(f -> cards.add(card(f)));
        }
    }

    private Div figure(String key, String value) {
        Div d = new Div(new Span(getTranslation(key)), new Span(value));
        d.addClassName("figure");
        return d;
    }
}
