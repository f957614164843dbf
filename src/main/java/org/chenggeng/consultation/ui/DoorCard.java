package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.consultation.ResponseService.Door;
import org.chenggeng.consultation.RoundService.ItemTally;
import org.chenggeng.consultation.RoundService.RoundDetails;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One household at its door: room, owner and floor area, four large answer buttons, and (folded away) the paper
 * form number, proxy, answers on single proposed work items and the scans of the paper form. Tapping an answer
 * records it at once, with the details as they stand; details changed after the answer are saved with 保存详情, and
 * until they are saved the card says so, so that nothing typed at a door is silently dropped.
 */
class DoorCard extends Div {

    private final transient ResponseService responses;
    private final RoundDetails round;
    private final Consumer<Boolean> onRecorded;
    private Door door;
    private final Span status = new Span();
    private final Div answers = new Div();
    private final Checkbox onPaper = new Checkbox();
    private final Checkbox byProxy = new Checkbox();
    private final TextField formNumber = new TextField();
    private final Map<Long, Select<Answer>> itemAnswers = new HashMap<>();
    private final Span unsaved = new Span();
    private final Button saveDetails = new Button();
    private boolean showing;
    private final transient PhotoWidgets photos;
    /** The scans of the household's paper form, read when the details are opened and the answer exists. */
    private final Div scans = new Div();

    DoorCard(ResponseService responses, PhotoWidgets photos, RoundDetails round, Door door,
             Consumer<Boolean> onRecorded) {
        this.responses = responses;
        this.photos = photos;
        this.round = round;
        this.door = door;
        this.onRecorded = onRecorded;
        addClassName("door-card");
        setId("door-" + door.household().room());
        var locale = getLocale();
        Span room = new Span(door.household().room());
        room.addClassName("door-room");
        Span owner = new Span((door.household().ownerName() == null ? "" : door.household().ownerName()) + " · "
                + Formats.number(door.household().floorArea(), locale) + " m²");
        owner.addClassName("door-owner");
        status.addClassName("door-status");
        Div head = new Div(room, owner, status);
        head.addClassName("door-head");
        answers.addClassName("door-answers");
        onPaper.setLabel(getTranslation("record.onPaper"));
        byProxy.setLabel(getTranslation("record.byProxy"));
        formNumber.setLabel(getTranslation("record.formNumber"));
        formNumber.setMaxLength(40);
        Div more = new Div(onPaper, byProxy, formNumber);
        more.addClassName("door-more");
        for (ItemTally item : round.items()) {
            Select<Answer> select = new Select<>();
            select.setLabel(item.name(locale));
            select.setItems(List.of(Answer.AGREE, Answer.DISAGREE, Answer.ABSTAIN));
            select.setItemLabelGenerator(a -> a == null ? getTranslation("record.sameAsRound")
                    : getTranslation(a.labelKey(round.round().kind())));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("record.sameAsRound"));
            itemAnswers.put(item.workItemId(), select);
            more.add(select);
        }
        unsaved.addClassName("door-unsaved");
        unsaved.setVisible(false);
        saveDetails.setText(getTranslation("record.saveDetails"));
        saveDetails.addClassName("door-save-details");
        saveDetails.addClickListener(e -> record(door.answer()));
        more.add(unsaved, saveDetails, scans);
        onPaper.addValueChangeListener(e -> changed());
        byProxy.addValueChangeListener(e -> changed());
        formNumber.addValueChangeListener(e -> changed());
        itemAnswers.values().forEach(select -> select.addValueChangeListener(e -> changed()));
        Details details = new Details(getTranslation(round.items().isEmpty() ? "record.paperDetails"
                : "record.paperAndItems"), more);
        details.addClassName("door-details");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showScans();
            }
        });
        add(head, answers, details);
        show();
    }

    private void showScans() {
        scans.removeAll();
        if (door.answerId() != null) {
            scans.add(photos.forAnswer(door.answerId()));
        }
    }

    private void show() {
        var kind = round.round().kind();
        answers.removeAll();
        for (Answer a : Answer.values()) {
            Button b = new Button(getTranslation(a.labelKey(kind)), e -> record(a));
            b.addClassName("answer-" + a.name().toLowerCase(java.util.Locale.ROOT));
            if (a == door.answer()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                if (a == Answer.DISAGREE) {
                    b.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
            }
            answers.add(b);
        }
        if (door.answer() == null) {
            status.setText(getTranslation("record.notYet"));
            removeClassName("recorded");
        } else {
            StringBuilder text = new StringBuilder(door.online()
                    ? getTranslation("record.recordedOnline", getTranslation(door.answer().labelKey(kind)))
                    : getTranslation("record.recordedBy", getTranslation(door.answer().labelKey(kind)),
                    door.recordedBy()));
            if (door.onPaper()) {
                text.append(" · ").append(getTranslation("record.onPaper"));
            }
            if (door.byProxy()) {
                text.append(" · ").append(getTranslation("record.byProxy"));
            }
            if (door.formNumber() != null) {
                text.append(" · ").append(door.formNumber());
            }
            status.setText(text.toString());
            addClassName("recorded");
        }
        showing = true;
        onPaper.setValue(door.onPaper());
        byProxy.setValue(door.byProxy());
        formNumber.setValue(door.formNumber() == null ? "" : door.formNumber());
        itemAnswers.forEach((id, select) -> select.setValue(door.itemAnswers().get(id)));
        showing = false;
        unsaved.setVisible(false);
        saveDetails.setVisible(door.answer() != null);
        saveDetails.setEnabled(false);
    }

    /** Details differ from what is recorded: say that they are not saved yet, and how they will be. */
    private void changed() {
        if (showing) {
            return;
        }
        unsaved.setText(getTranslation(door.answer() == null ? "record.detailsWithAnswer" : "record.detailsUnsaved"));
        unsaved.setVisible(true);
        saveDetails.setEnabled(door.answer() != null);
    }

    private void record(Answer answer) {
        Map<Long, Answer> perItem = new HashMap<>();
        itemAnswers.forEach((id, select) -> {
            if (select.getValue() != null) {
                perItem.put(id, select.getValue());
            }
        });
        try {
            responses.record(round.round().id(), new ResponseService.RecordRequest(door.household().id(), answer,
                    perItem, onPaper.getValue(), byProxy.getValue(), formNumber.getValue(), door.answerVersion()));
            door = responses.doors(round.round().id(), door.household().building(), door.household().unit()).stream()
                    .filter(d -> d.household().id().equals(door.household().id())).findFirst().orElse(door);
            // the card itself turns to the recorded answer: a notice per door would bury the next doors
            show();
            onRecorded.accept(false);
        } catch (StaleDataException e) {
            Notifications.error(e);
            onRecorded.accept(true);
        } catch (DomainException e) {
            Notifications.error(e);
        }
    }
}
