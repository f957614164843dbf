package org.chenggeng.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.project.ApprovalCheck;
import org.chenggeng.project.ProjectAccess.ProjectDetails;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Notifications;

import java.util.EnumSet;
import java.util.List;

/** Asks for what the next lifecycle step needs (a date, the accepting body, a note) and requests it. */
class TransitionDialog extends Dialog {

    private static final EnumSet<ProjectStatus> DATED = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED,
            ProjectStatus.ACCEPTED, ProjectStatus.HANDED_OVER);

    TransitionDialog(ProjectAccess projects, ProjectLifecycle lifecycle, ProjectDetails project, Runnable onDone) {
        ProjectStatus target = project.allowedNext();
        setHeaderTitle(getTranslation("project.transition.title", getTranslation(target.labelKey())));
        setWidth("min(32rem, 95vw)");
        add(new Paragraph(getTranslation("project.transition.help." + target.name())));
        DatePicker date = DatePickers.create(getTranslation("project.transition.date." + target.name()), getLocale());
        date.setValue(UiClock.today());
        date.setMax(UiClock.today());
        date.setId("transition-date");
        TextField body = new TextField(getTranslation("project.acceptanceBody"));
        body.setId("transition-body");
        TextArea note = new TextArea(getTranslation("project.transition.note"));
        note.setMaxLength(1000);
        note.setId("transition-note");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (DATED.contains(target)) {
            form.add(date);
        }
        if (target == ProjectStatus.ACCEPTED) {
            form.add(body);
        }
        form.add(note);
        add(form);
        boolean blocked = false;
        if (target == ProjectStatus.APPROVED) {
            var verdict = projects.consent(project.id());
            var consent = verdict.found();
            Div banner = new Div(new Span(consent.map(c -> getTranslation("project.transition.consentFound"))
                    .orElse(getTranslation("project.transition.consentMissing"))));
            Paragraph detail = new Paragraph(consent.map(ApprovalCheck.Consent::tally)
                    .orElseGet(() -> Notifications.translate(verdict.refusal())));
            detail.setId("consent-detail");
            banner.add(detail);
            banner.addClassName(consent.isPresent() ? "banner-success" : "banner-warning");
            banner.setId("consent-banner");
            add(banner);
            blocked = consent.isEmpty();
        }
        var gaps = lifecycle.gaps(project.id());
        if (!gaps.isEmpty()) {
            UnorderedList missing = new UnorderedList();
            gaps.forEach(g -> missing.add(new ListItem(org.chenggeng.shared.ui.Messages.sentence(
                    com.vaadin.flow.component.UI.getCurrent(), g.messageKey(), g.arguments().toArray()))));
            missing.setId("gate-gaps");
            Div banner = new Div(new Span(getTranslation("project.transition.gapsTitle", gaps.size())), missing);
            banner.addClassName("banner-warning");
            banner.setId("gate-banner");
            addComponentAtIndex(1, banner);
            blocked = true;
        }
        lifecycle.prefill(project.id()).ifPresent(p -> {
            if (p.date() != null) {
                date.setValue(p.date());
            }
            if (p.body() != null) {
                body.setValue(p.body());
            }
        });
        List<String> unfinished = target == ProjectStatus.COMPLETED
                ? lifecycle.unfinishedWork(project.id(), getLocale()) : List.of();
        Checkbox confirmUnfinished = new Checkbox(
                getTranslation("project.transition.confirmUnfinished"));
        confirmUnfinished.setId("confirm-unfinished");
        if (!unfinished.isEmpty()) {
            UnorderedList list = new UnorderedList();
            unfinished.forEach(line -> list.add(new ListItem(line)));
            Div warning = new Div(
                    new Span(getTranslation("project.transition.unfinished", unfinished.size())),
                    list, confirmUnfinished);
            warning.addClassName("banner-warning");
            add(warning);
        }
        Button confirm = new Button(getTranslation("project.transition.confirm"), e -> {
            try {
                lifecycle.transition(project.id(), new TransitionRequest(project.version(), target,
                        DATED.contains(target) ? date.getValue() : null, body.getValue(), note.getValue(),
                        confirmUnfinished.getValue()));
                Notifications.success("project.transition.done", getTranslation(target.labelKey()));
                close();
                onDone.run();
            } catch (StaleDataException ex) {
                Notifications.error(ex);
                close();
                onDone.run();
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("transition-confirm");
        confirm.setEnabled(!blocked);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
