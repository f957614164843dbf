package org.chenggeng.consultation.ui;

import org.chenggeng.evidence.ui.PhotoWidgets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes a feedback one step along its way: review, decide (with a reason when not adopting, and the work items
 * that answer it), answer the resident; and lets the project's managers link adopted feedback to work items.
 */
class FeedbackStepDialog extends Dialog {

    FeedbackStepDialog(FeedbackService feedback, HouseholdService households, RoundService rounds,
                       WorkItemService workItems, PhotoWidgets photos, ProjectAccess.ProjectDetails project,
                       FeedbackRow f,
                       Runnable onSaved) {
        setHeaderTitle(getTranslation("feedback.handleTitle", getTranslation(f.status().labelKey())));
        setWidth("min(40rem, 96vw)");
        var locale = getLocale();
        Div facts = new Div();
        facts.addClassName("audit-details");
        fact(facts, "feedback.household", f.household() == null ? getTranslation("feedback.anonymous") : f.household());
        fact(facts, "feedback.receivedOn", Formats.date(f.receivedOn(), locale) + " · "
                + getTranslation(f.channel().labelKey()) + " · " + getTranslation(f.category().labelKey()));
        fact(facts, "feedback.content", f.content());
        if (f.decision() != null) {
            fact(facts, "feedback.decision", getTranslation(f.decision().labelKey())
                    + (f.reason() == null ? "" : " · " + f.reason()));
        }
        if (f.response() != null) {
            fact(facts, "feedback.response", Formats.date(f.respondedOn(), locale) + " · " + f.response());
        }
        add(facts, photos.forFeedback(f.id()));
        List<WorkItemRow> projectItems = workItems.items(project.id()).stream().filter(i -> !i.retired()).toList();
        MultiSelectComboBox<WorkItemRow> items = new MultiSelectComboBox<>(getTranslation("feedback.items"));
        items.setItems(projectItems);
        items.setItemLabelGenerator(i -> i.name(locale) + (i.locationNote() == null ? "" : " · " + i.locationNote()));
        items.setValue(projectItems.stream().filter(i -> f.items().stream().anyMatch(l -> l.id().equals(i.id())))
                .collect(Collectors.toSet()));
        items.setWidthFull();
        items.setId("feedback-items");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel);
        if (f.mayAnswer() && f.status() == FeedbackStatus.RECEIVED) {
            Button edit = new Button(getTranslation("feedback.edit"), e -> {
                close();
                new FeedbackDialog(feedback, households, rounds, project, f, onSaved).open();
            });
            primary(new Button(getTranslation("feedback.startReview"), e -> Saving.attempt(this,
                    () -> feedback.startReview(f.id(), f.version()), onSaved)), "feedback-review");
            getFooter().addComponentAsFirst(edit);
        } else if (f.mayAnswer() && f.status() == FeedbackStatus.UNDER_REVIEW) {
            RadioButtonGroup<FeedbackStatus> decision = new RadioButtonGroup<>(getTranslation("feedback.decision"));
            decision.setItems(FeedbackStatus.DECIDED.stream().toList());
            decision.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            decision.setId("feedback-decision");
            TextArea reason = new TextArea(getTranslation("feedback.reason"));
            reason.setMaxLength(1000);
            reason.setWidthFull();
            reason.setId("feedback-reason");
            decision.addValueChangeListener(e -> items.setEnabled(e.getValue() != FeedbackStatus.NOT_ADOPTED));
            add(form(decision, reason, items));
            primary(new Button(getTranslation("feedback.decide"), e -> Saving.attempt(this, () -> feedback.decide(
                    f.id(), f.version(), decision.getValue(), reason.getValue(),
                    decision.getValue() == FeedbackStatus.NOT_ADOPTED ? null
                            : items.getValue().stream().map(WorkItemRow::id).collect(Collectors.toSet())),
                    onSaved)), "feedback-decide");
        } else if (f.mayAnswer() && FeedbackStatus.DECIDED.contains(f.status())) {
            TextArea response = new TextArea(getTranslation("feedback.response"));
            response.setMaxLength(2000);
            response.setWidthFull();
            response.setId("feedback-response");
            DatePicker respondedOn = DatePickers.create(getTranslation("feedback.respondedOn"), locale);
            respondedOn.setValue(UiClock.today());
            respondedOn.setMax(UiClock.today());
            add(form(response, respondedOn));
            boolean linking = addLinking(feedback, f, items, onSaved);
            // one step saves what the dialog shows: the chosen work items go with the answer
            primary(new Button(getTranslation("feedback.resolve"), e -> Saving.attempt(this,
                    () -> feedback.resolve(f.id(), f.version(), response.getValue(), respondedOn.getValue(),
                            linking ? items.getValue().stream().map(WorkItemRow::id).collect(Collectors.toSet())
                                    : null), onSaved)),
                    "feedback-resolve");
        } else {
            addLinking(feedback, f, items, onSaved);
        }
    }

    /** Offers the work items of adopted feedback to link; whether it did. */
    private boolean addLinking(FeedbackService feedback, FeedbackRow f, MultiSelectComboBox<WorkItemRow> items,
                               Runnable onSaved) {
        if (f.decision() == null || !f.decision().adopted() || !f.mayLink()) {
            return false;
        }
        add(new Paragraph(getTranslation("feedback.link.help")), items);
        Button link = new Button(getTranslation("feedback.link"), e -> Saving.attempt(this, () -> feedback.link(f.id(),
                f.version(), items.getValue().stream().map(WorkItemRow::id).collect(Collectors.toSet())), onSaved));
        link.setId("feedback-link");
        getFooter().add(link);
        return true;
    }

    private FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private void primary(Button button, String id) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        getFooter().add(button);
    }

    private void fact(Div facts, String key, String value) {
        facts.add(new Span(getTranslation(key)), new Span(value));
    }
}
