package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.inspection.Facility;
import org.chenggeng.inspection.HandoverData;
import org.chenggeng.inspection.HandoverService;
import org.chenggeng.inspection.IssueData;
import org.chenggeng.inspection.ReceivingKind;
import org.chenggeng.inspection.Severity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.work.Unit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's 移交 tab: the hand-over as recorded (receiving body, date, maintenance fund, the facilities, each
 * warranty and whether it still runs) with its repair requests, or for an official of an accepted project the form
 * that records it, the facilities listed from the completed work items.
 */
class HandoverPanel extends Div {

    private final transient HandoverService handovers;
    private final long projectId;
    private final String implementingUnit;
    private final Runnable reload;

    HandoverPanel(long projectId, HandoverService handovers, String implementingUnit, Runnable reload) {
        this.handovers = handovers;
        this.projectId = projectId;
        this.implementingUnit = implementingUnit;
        this.reload = reload;
        addClassName("issue-list");
        setId("handover-panel");
        var recorded = handovers.of(projectId);
        if (recorded.isPresent()) {
            show(recorded.get());
        } else if (handovers.mayRecord(projectId)) {
            form();
        } else {
            Span none = new Span(getTranslation("handover.none"));
            none.addClassName("hint");
            add(none);
        }
    }

    private void show(HandoverService.HandoverRow h) {
        var locale = getLocale();
        Div card = new Div();
        card.addClassName("acceptance-card");
        card.setId("handover-record");
        Div head = new Div(new Span(getTranslation("handover.cardTitle", Formats.date(h.date(), locale))),
                Badges.of(getTranslation(h.kind().labelKey()), "contrast"));
        head.addClassName("card-head");
        if (h.sample()) {
            head.add(Badges.of(getTranslation("sample.badge"), "contrast small"));
        }
        Div facts = new Div(fact("handover.body", h.receivingBody()), fact("handover.fund", h.fundArrangement()
                + (h.fundAmount() == null ? "" : " · " + Formats.money(h.fundAmount(), locale))),
                fact("handover.recordedBy", h.recordedBy() + " · " + Formats.dateTime(h.recordedAt(), locale)));
        facts.addClassName("participant-view");
        card.add(head, facts, new H3(getTranslation("handover.facilities")), facilities(h.facilities()),
                new H3(getTranslation("handover.warranties")));
        Div warranties = new Div();
        warranties.addClassName("checklist");
        warranties.setId("handover-warranties");
        for (HandoverService.Warranty w : h.warranties()) {
            Div line = new Div(new Span(w.name(locale) + " · " + getTranslation("handover.months", w.months())),
                    Badges.of(getTranslation(w.running() ? "handover.running" : "handover.expired",
                            Formats.date(w.endsOn(), locale)), w.running() ? "success" : "contrast"));
            line.addClassName("check-line");
            warranties.add(line);
        }
        card.add(warranties);
        add(card);
        add(new H3(getTranslation("repair.title")));
        if (handovers.mayRequestRepair(projectId)) {
            add(repairForm(h));
        }
        var repairs = handovers.repairs(projectId);
        if (repairs.isEmpty()) {
            Span none = new Span(getTranslation("repair.none"));
            none.addClassName("hint");
            add(none);
        }
        repairs.forEach(r -> add(new IssueCard(r, false)));
    }

    private Div facilities(java.util.List<Facility> list) {
        Div rows = new Div();
        rows.addClassName("checklist");
        rows.setId("handover-facilities");
        var locale = getLocale();
        for (Facility f : list) {
            Unit unit = Unit.valueOf(f.unit());
            String u = "en".equals(locale.getLanguage()) ? " " + unit.en(f.quantity().compareTo(java.math.BigDecimal.ONE) != 0)
                    : unit.zh();
            Div line = new Div(new Span(f.name(locale)), new Span(Formats.number(f.quantity(), locale) + u));
            line.addClassName("check-line");
            rows.add(line);
        }
        if (list.isEmpty()) {
            Span none = new Span(getTranslation("handover.facilities.none"));
            none.addClassName("hint");
            rows.add(none);
        }
        return rows;
    }

    private void form() {
        HandoverService.Draft draft = handovers.draft(projectId);
        Select<ReceivingKind> kind = new Select<>();
        kind.setLabel(getTranslation("handover.kind"));
        kind.setItems(ReceivingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ReceivingKind.PROPERTY_COMPANY);
        kind.setId("handover-kind");
        TextField body = new TextField(getTranslation("handover.body"));
        body.setMaxLength(200);
        body.setId("handover-body");
        DatePicker date = DatePickers.create(getTranslation("handover.date"), getLocale());
        date.setValue(UiClock.today());
        date.setMax(UiClock.today());
        date.setId("handover-date");
        TextArea fund = new TextArea(getTranslation("handover.fund"));
        fund.setMaxLength(1000);
        fund.setWidthFull();
        fund.setId("handover-fund");
        BigDecimalField amount = new BigDecimalField(getTranslation("handover.fundAmount"));
        amount.setId("handover-fund-amount");
        Div pair = new Div(kind, body, date, amount);
        pair.addClassName("form-pair");
        Map<Long, IntegerField> months = new LinkedHashMap<>();
        Div warranties = new Div();
        warranties.addClassName("form-pair");
        draft.defaultMonths().forEach((type, m) -> {
            IntegerField field = new IntegerField(getTranslation("handover.warrantyOf",
                    "en".equals(getLocale().getLanguage()) ? draft.typeNamesEn().get(type) : draft.typeNamesZh().get(type)));
            field.setValue(m);
            field.setMin(0);
            field.setMax(600);
            field.setSuffixComponent(new Span(getTranslation("handover.monthsUnit")));
            field.setId("warranty-" + type);
            months.put(type, field);
            warranties.add(field);
        });
        Button save = new Button(getTranslation("handover.save"), e -> {
            Map<Long, Integer> chosen = new LinkedHashMap<>();
            months.forEach((type, field) -> {
                if (field.getValue() != null) {
                    chosen.put(type, field.getValue());
                }
            });
            try {
                handovers.record(projectId, new HandoverData(kind.getValue(), body.getValue(), date.getValue(),
                        fund.getValue(), amount.getValue(), chosen));
                Notifications.success("handover.saved");
                reload.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("handover-save");
        Paragraph help = new Paragraph(getTranslation("handover.help"));
        help.addClassName("hint");
        add(new H3(getTranslation("handover.new")), help, pair, fund, new H3(getTranslation("handover.facilities")),
                facilities(draft.facilities()), new H3(getTranslation("handover.warranties")), warranties, save);
    }

    private Div repairForm(HandoverService.HandoverRow h) {
        Select<Facility> item = new Select<>();
        item.setLabel(getTranslation("repair.item"));
        item.setItems(h.facilities().stream().filter(f -> h.warranties().stream()
                .anyMatch(w -> w.workTypeId().equals(f.workTypeId()) && w.running())).toList());
        item.setItemLabelGenerator(f -> f.name(getLocale()));
        item.setId("repair-item");
        TextArea what = new TextArea(getTranslation("repair.description"));
        what.setMaxLength(1000);
        what.setWidthFull();
        what.setId("repair-description");
        Select<Severity> severity = new Select<>();
        severity.setLabel(getTranslation("issue.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        severity.setValue(Severity.GENERAL);
        DatePicker deadline = DatePickers.create(getTranslation("issue.deadline"), getLocale());
        deadline.setValue(UiClock.today().plusDays(7));
        deadline.setMin(UiClock.today());
        Button send = new Button(getTranslation("repair.send"), e -> {
            try {
                if (item.getValue() == null) {
                    Notifications.errorKey("repair.error.itemRequired");
                    return;
                }
                handovers.requestRepair(projectId, item.getValue().workItemId(), new IssueData(what.getValue(),
                        severity.getValue(), implementingUnit, deadline.getValue()));
                Notifications.success("repair.sent");
                reload.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("repair-send");
        Div pair = new Div(item, severity, deadline);
        pair.addClassName("form-pair");
        Div form = new Div(pair, what, send);
        form.addClassName("door-more");
        if (item.getListDataView().getItemCount() == 0) {
            Span none = new Span(getTranslation("repair.noWarranty"));
            none.addClassName("hint");
            return new Div(none);
        }
        return form;
    }

    private Div fact(String key, String value) {
        return new Div(new Span(getTranslation(key)), new Span(value));
    }
}
