package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.DoorResult;
import org.chenggeng.inspection.HouseholdAcceptanceService;
import org.chenggeng.inspection.HouseholdAcceptanceService.Door;
import org.chenggeng.inspection.Severity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.UiClock;

import java.util.Locale;

/**
 * One household at its door: room and owner, what was recorded so far, three large buttons (验收通过, 有缺陷, 拒绝验收),
 * and for the chosen one what it needs: the defects (with severity and deadline), or the reason, and the resident's
 * confirmation, a form number or a signature drawn on the phone. 保存 records it; the card then shows it with its
 * signature and any photos. When someone else saved the door first, the card shows their record and keeps the form
 * as it was filled in, so that nothing typed or drawn is lost.
 */
class DoorAcceptanceCard extends Div {

    private final transient HouseholdAcceptanceService service;
    private final transient PhotoWidgets photos;
    private final long projectId;
    private final Runnable onSaved;
    private final Span status = new Span();
    private final Div buttons = new Div();
    private final Div form = new Div();
    private final Div evidence = new Div();
    private final TextArea note = new TextArea();
    private final Select<Severity> severity = new Select<>();
    private final DatePicker deadline;
    private final TextField formNumber = new TextField();
    private final SignaturePad signature = new SignaturePad();
    private final Div confirmation;
    private final Div defect;
    private final Button save = new Button();
    private Door door;
    private DoorResult chosen;

    DoorAcceptanceCard(HouseholdAcceptanceService service, PhotoWidgets photos, long projectId, Door door,
                       Runnable onSaved) {
        this.service = service;
        this.photos = photos;
        this.projectId = projectId;
        this.door = door;
        this.onSaved = onSaved;
        addClassName("door-card");
        String room = door.household().room();
        setId("door-" + room);
        Span number = new Span(room);
        number.addClassName("door-room");
        Span owner = new Span(door.household().ownerName() == null ? "" : door.household().ownerName());
        owner.addClassName("door-owner");
        status.addClassName("door-status");
        Div head = new Div(number, owner, status);
        head.addClassName("door-head");
        buttons.addClassName("door-answers");
        buttons.addClassName("door-results");
        for (DoorResult r : DoorResult.values()) {
            Button b = new Button(getTranslation(r.labelKey()), e -> choose(r));
            b.addClassName("result-" + r.name().toLowerCase(Locale.ROOT));
            b.setId("door-" + room + "-" + r.name().toLowerCase(Locale.ROOT));
            buttons.add(b);
        }
        note.setWidthFull();
        note.setMaxLength(500);
        note.setId("door-" + room + "-note");
        severity.setLabel(getTranslation("issue.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        severity.setValue(Severity.GENERAL);
        deadline = DatePickers.create(getTranslation("issue.deadline"), getLocale());
        deadline.setValue(UiClock.today().plusDays(14));
        deadline.setMin(UiClock.today());
        defect = new Div(severity, deadline);
        defect.addClassName("form-pair");
        formNumber.setLabel(getTranslation("household.acceptance.formNumber"));
        formNumber.setMaxLength(40);
        formNumber.setId("door-" + room + "-form");
        Button clear = new Button(getTranslation("household.acceptance.clearSignature"), e -> signature.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span sign = new Span(getTranslation("household.acceptance.signHere"));
        sign.addClassName("hint");
        signature.setId("door-" + room + "-signature");
        confirmation = new Div(formNumber, sign, signature, clear);
        confirmation.addClassName("door-more");
        save.setText(getTranslation("household.acceptance.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("door-" + room + "-save");
        save.addClickListener(e -> save());
        form.addClassName("door-more");
        form.add(note, defect, confirmation, save);
        form.setVisible(false);
        evidence.addClassName("door-evidence");
        add(head, buttons, form, evidence);
        show();
    }

    private void choose(DoorResult result) {
        chosen = result;
        form.setVisible(true);
        note.setLabel(getTranslation("household.acceptance.note." + result.name()));
        defect.setVisible(result == DoorResult.DEFECTS);
        confirmation.setVisible(result != DoorResult.REFUSED);
        buttons.getChildren().forEach(c -> ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
        buttons.getChildren().filter(c -> c.getId().orElse("").endsWith(result.name().toLowerCase(Locale.ROOT)))
                .forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_PRIMARY));
    }

    private void save() {
        DoorResult result = chosen;
        signature.read(png -> {
            try {
                door = service.record(projectId, door.household().id(), door.version(),
                        new HouseholdAcceptanceService.Visit(result, note.getValue(), formNumber.getValue(), png,
                                severity.getValue(), deadline.getValue()));
                Notifications.success("household.acceptance.saved", door.household().room());
                form.setVisible(false);
                signature.clear();
                show();
                onSaved.run();
            } catch (StaleDataException stale) {
                // Someone else saved this door first: show what they recorded and keep what was typed here.
                Notifications.error(stale);
                reload();
                onSaved.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
    }

    private void reload() {
        var h = door.household();
        door = service.doors(projectId, h.building(), h.unit()).stream()
                .filter(d -> d.household().id().equals(h.id())).findFirst().orElse(door);
        show();
    }

    private void show() {
        if (door.result() == null) {
            status.setText(getTranslation("household.acceptance.notVisited"));
            removeClassName("recorded");
        } else {
            StringBuilder text = new StringBuilder(getTranslation(door.result().labelKey()));
            text.append(" · ").append(door.recordedBy()).append(" · ").append(Formats.date(door.visitedOn(), getLocale()));
            if (door.formNumber() != null) {
                text.append(" · ").append(getTranslation("household.acceptance.formShort", door.formNumber()));
            }
            if (door.signed()) {
                text.append(" · ").append(getTranslation("household.acceptance.signed"));
            }
            status.setText(text.toString());
            addClassName("recorded");
            if (door.result() != DoorResult.ACCEPTED) {
                addClassName("door-open");
            } else {
                removeClassName("door-open");
            }
        }
        evidence.removeAll();
        if (door.acceptanceId() != null) {
            if (door.note() != null) {
                Span n = new Span(door.note());
                n.addClassName("prose");
                evidence.add(n);
            }
            evidence.add(photos.forRecord(OwnerType.HOUSEHOLD_ACCEPTANCE, door.acceptanceId()));
        }
    }
}
