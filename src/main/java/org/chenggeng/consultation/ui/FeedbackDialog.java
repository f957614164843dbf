package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.RoundRow;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

import java.util.List;
import java.util.Objects;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Records a resident's feedback (from a household of the register or anonymous), or corrects it before a decision.
 * The binder checks channel, category, content and date with the message keys of {@code Feedback}; a household or
 * round the service finds outside the project is said on its field.
 */
class FeedbackDialog extends Dialog {

    private final Binder<FeedbackData> binder = new Binder<>(FeedbackData.class);
    private final FieldErrors errors = new FieldErrors();

    FeedbackDialog(FeedbackService feedback, HouseholdService households, RoundService rounds,
                   ProjectAccess.ProjectDetails project, FeedbackRow existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "feedback.create" : "feedback.edit"));
        setWidth("min(40rem, 96vw)");
        var locale = getLocale();
        List<HouseholdRow> register = project.compounds().stream().map(CompoundRow::id)
                .filter(households::mayEdit).flatMap(c -> households.list(c, null).stream()).toList();
        ComboBox<HouseholdRow> household = new ComboBox<>(getTranslation("feedback.household"));
        household.setItems(register);
        household.setItemLabelGenerator(h -> h.address() + (h.ownerName() == null ? "" : " " + h.ownerName()));
        household.setPlaceholder(getTranslation("feedback.anonymous"));
        household.setClearButtonVisible(true);
        household.setHelperText(getTranslation("feedback.household.help"));
        household.setId("feedback-household");
        Select<RoundRow> round = new Select<>();
        round.setLabel(getTranslation("feedback.round"));
        round.setItems(rounds.rounds(project.id()));
        round.setItemLabelGenerator(r -> r == null ? getTranslation("feedback.noRound")
                : getTranslation("round.number", r.number()) + " · " + getTranslation(r.kind().labelKey()));
        round.setEmptySelectionAllowed(true);
        round.setEmptySelectionCaption(getTranslation("feedback.noRound"));
        round.setId("feedback-round");
        Select<FeedbackChannel> channel = new Select<>();
        channel.setLabel(getTranslation("feedback.channel"));
        channel.setItems(FeedbackChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(FeedbackChannel.DOOR_TO_DOOR);
        Select<FeedbackCategory> category = new Select<>();
        category.setLabel(getTranslation("feedback.category"));
        category.setItems(FeedbackCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setId("feedback-category");
        TextArea content = new TextArea(getTranslation("feedback.content"));
        content.setMaxLength(2000);
        content.setMinHeight("6rem");
        content.setId("feedback-content");
        DatePicker received = DatePickers.create(getTranslation("feedback.receivedOn"), locale);
        received.setValue(UiClock.today());
        received.setMax(UiClock.today());
        received.setId("feedback-received");
        List<RoundRow> projectRounds = round.getListDataView().getItems().toList();
        binder.forField(household).withConverter(h -> h == null ? null : h.id(), id -> register.stream()
                .filter(h -> h.id().equals(id)).findFirst().orElse(null)).bind("householdId");
        binder.forField(round).withConverter(r -> r == null ? null : r.id(), id -> projectRounds.stream()
                .filter(r -> r.id().equals(id)).findFirst().orElse(null)).bind("roundId");
        binder.forField(channel).asRequired(message("feedback.error.required")).bind("channel");
        binder.forField(category).asRequired(message("feedback.error.required")).bind("category");
        binder.forField(content).asRequired(message("feedback.error.required"))
                .withValidator(rule(c -> c.trim().length() <= 2000, "error.tooLong", 2000)).bind("content");
        binder.forField(received).asRequired(message("feedback.error.required"))
                .withValidator(rule(d -> !d.isAfter(UiClock.today()), "error.dateInFuture")).bind("receivedOn");
        errors.on(household, "feedback.error.householdNotInProject").on(round, "feedback.error.roundNotInProject")
                .on(content, "feedback.error.required", "error.tooLong").on(received, "error.dateInFuture");
        if (existing != null) {
            Long roundId = projectRounds.stream().filter(r -> Objects.equals(existing.roundNumber(), r.number()))
                    .findFirst().map(RoundRow::id).orElse(null);
            binder.readRecord(new FeedbackData(existing.householdId(), roundId, existing.channel(),
                    existing.category(), existing.content(), existing.receivedOn()));
        }
        FormLayout form = new FormLayout(household, round, channel, category, received, content);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(household, 2);
        form.setColspan(content, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                feedback.create(project.id(), data);
            } else {
                feedback.update(existing.id(), existing.version(), data);
            }
        }, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("feedback-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
