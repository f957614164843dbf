package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.RoundRow;
import org.chenggeng.project.ProjectService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Saving;

import java.time.LocalDate;
import java.util.List;

/** Records a resident's feedback (from a household of the register or anonymous), or corrects it before a decision. */
class FeedbackDialog extends Dialog {

    FeedbackDialog(FeedbackService feedback, HouseholdService households, RoundService rounds,
                   ProjectService.ProjectDetails project, FeedbackRow existing, Runnable onSaved) {
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
        received.setValue(LocalDate.now());
        received.setMax(LocalDate.now());
        if (existing != null) {
            register.stream().filter(h -> h.id().equals(existing.householdId())).findFirst().ifPresent(household::setValue);
            round.getListDataView().getItems().filter(r -> existing.roundNumber() != null
                    && r.number() == existing.roundNumber()).findFirst().ifPresent(round::setValue);
            channel.setValue(existing.channel());
            category.setValue(existing.category());
            content.setValue(existing.content());
            received.setValue(existing.receivedOn());
        }
        FormLayout form = new FormLayout(household, round, channel, category, received, content);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(household, 2);
        form.setColspan(content, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, () -> {
            FeedbackData data = new FeedbackData(household.getValue() == null ? null : household.getValue().id(),
                    round.getValue() == null ? null : round.getValue().id(), channel.getValue(), category.getValue(),
                    content.getValue(), received.getValue());
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
