package org.chenggeng.statistics.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.statistics.StatisticsService;
import org.chenggeng.statistics.StatisticsService.SubmissionState;
import org.chenggeng.statistics.SubmissionStatus;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.util.List;

/** Who of the regions below has submitted the month, late or missing, and the level above's accept and return. */
class SubmissionsGrid extends Composite<VerticalLayout> {

    private final transient StatisticsService statistics;
    private final Runnable changed;
    private final Grid<SubmissionState> grid = new Grid<>();
    private final H3 heading = new H3();

    SubmissionsGrid(StatisticsService statistics, Runnable changed) {
        this.statistics = statistics;
        this.changed = changed;
        grid.addColumn(SubmissionState::regionName).setHeader(getTranslation("statistics.form.region"));
        grid.addColumn(s -> s.status() == null ? getTranslation(s.missing() ? "statistics.state.missing"
                : "statistics.state.waiting") : getTranslation(s.status().labelKey())
                + (s.late() ? " · " + getTranslation("statistics.state.late") : ""))
                .setHeader(getTranslation("statistics.state"));
        grid.addColumn(s -> s.submittedBy() == null ? "" : s.submittedBy() + " "
                + Formats.dateTime(s.submittedAt(), getLocale())).setHeader(getTranslation("statistics.submittedBy"));
        grid.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader(getTranslation("statistics.reason"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("statistics-submissions");
        heading.setText(getTranslation("statistics.below"));
        getContent().setPadding(false);
        getContent().add(heading, grid);
    }

    void show(long regionId, YearMonth month) {
        List<SubmissionState> states = statistics.states(regionId, month);
        grid.setItems(states);
        setVisible(!states.isEmpty());
    }

    private HorizontalLayout actions(SubmissionState s) {
        HorizontalLayout actions = new HorizontalLayout();
        if (s.status() != SubmissionStatus.SUBMITTED) {
            return actions;
        }
        Button accept = new Button(getTranslation("statistics.accept"), e -> decide(() ->
                statistics.accept(s.submissionId(), s.version())));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        accept.setId("statistics-accept-" + s.regionId());
        Button giveBack = new Button(getTranslation("statistics.return"), e -> giveBack(s));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        giveBack.setId("statistics-return-" + s.regionId());
        actions.add(accept, giveBack);
        return actions;
    }

    private void decide(Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (DomainException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.errorKey("statistics.error.notYours");
        }
    }

    private void giveBack(SubmissionState s) {
        Dialog d = new Dialog(getTranslation("statistics.return.title", s.regionName()));
        TextArea reason = new TextArea(getTranslation("statistics.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("statistics-return-reason");
        d.add(reason);
        Button confirm = new Button(getTranslation("statistics.return"), e -> Saving.attempt(d,
                () -> statistics.giveBack(s.submissionId(), s.version(), reason.getValue()), changed));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("statistics-return-confirm");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), confirm);
        d.open();
    }
}
