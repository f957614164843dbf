package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.OpenRound;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Formats;

/** The committee member's start page on a phone: the open rounds they run, each one tap from recording. */
@Route("consultation")
@Menu(title = "menu.consultation", order = 3, icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
class OpenRoundsView extends VerticalLayout implements HasDynamicTitle {

    OpenRoundsView(RoundService rounds) {
        addClassNames("page", "record-view");
        add(new H2(getTranslation("openRounds.title")));
        var open = rounds.openRounds();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("openRounds.none")));
        }
        var locale = getLocale();
        for (OpenRound o : open) {
            var r = o.round();
            Span name = new Span(getTranslation("round.title", r.number(), getTranslation(r.kind().labelKey())));
            name.addClassName("door-room");
            Span project = new Span(o.projectCode() + " " + o.projectName() + " · " + Scopes.label(this, r));
            project.addClassName("hint");
            Span count = new Span(getTranslation("record.count", Formats.number(r.recorded(), locale),
                    Formats.number(r.households(), locale)));
            ProgressBar bar = new ProgressBar(0, Math.max(1, r.households()), r.recorded());
            Button record = new Button(getTranslation("round.record"), VaadinIcon.CLIPBOARD_USER.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("consultation/rounds/" + o.id() + "/record")));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            record.setWidthFull();
            Button details = new Button(getTranslation("openRounds.details"),
                    e -> getUI().ifPresent(ui -> ui.navigate("consultation/rounds/" + o.id())));
            details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div card = new Div(name, project, count, bar, record, details);
            card.addClassName("round-card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openRounds.title");
    }
}
