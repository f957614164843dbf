package org.chenggeng.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.funding.InvestmentLedger.InvestmentRow;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Saving;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ledger, newest month first: one short card per line, a correction saying what it corrects and why. */
class InvestmentLedgerList extends Div {

    private final transient InvestmentLedger ledger;
    private final transient Runnable changed;

    InvestmentLedgerList(InvestmentLedger ledger, List<FundingSourceRow> sources, List<InvestmentRow> rows,
                         boolean mayWrite, Runnable changed) {
        this.ledger = ledger;
        this.changed = changed;
        addClassName("history-list");
        setId("investment-ledger");
        Map<Long, FundingSourceRow> byId = sources.stream()
                .collect(Collectors.toMap(FundingSourceRow::id, Function.identity()));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("funding.ledgerEmpty")));
        }
        var locale = getLocale();
        for (InvestmentRow r : rows) {
            FundingSourceRow source = byId.get(r.sourceId());
            Span head = new Span(Formats.month(r.month(), locale) + " · " + (source == null ? "" : source.name(locale))
                    + " · " + Formats.money(r.amount(), locale));
            head.addClassName("ledger-head");
            Div card = new Div(head);
            card.addClassName("history-entry");
            if (r.isCorrection()) {
                card.add(new Span(getTranslation("funding.correctionOf", r.correctsId(), r.reason())));
            } else if (r.counted().compareTo(r.amount()) != 0) {
                card.add(new Span(getTranslation("funding.countedAs", Formats.money(r.counted(), locale))));
            }
            if (r.note() != null) {
                card.add(new Span(r.note()));
            }
            card.add(new Span(Formats.dateTime(r.recordedAt(), locale) + " · " + r.recordedBy()));
            if (r.locked()) {
                card.add(Badges.of(getTranslation("funding.locked"), "contrast"));
            } else if (mayWrite && !r.isCorrection()) {
                Button correct = new Button(getTranslation("funding.correct"), e -> correct(r));
                correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                correct.setId("correct-" + r.id());
                card.add(correct);
            }
            add(card);
        }
    }

    private void correct(InvestmentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("funding.correctTitle"));
        dialog.setWidth("min(28rem, 95vw)");
        BigDecimalField right = new BigDecimalField(getTranslation("funding.rightAmount"));
        right.setValue(row.counted().stripTrailingZeros());
        right.setSuffixComponent(new Span(getTranslation("funding.yuan")));
        right.setId("correct-amount");
        TextField reason = new TextField(getTranslation("funding.reason"));
        reason.setMaxLength(500);
        reason.setId("correct-reason");
        FieldErrors errors = new FieldErrors().on(right, "funding.error.amountRequired", "funding.error.amountScale",
                "funding.error.amountRange", "funding.error.sameAmount").on(reason, "funding.error.reasonRequired",
                "error.tooLong");
        FormLayout form = new FormLayout(right, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("funding.correctSave"), e -> Saving.attempt(dialog, errors,
                () -> ledger.correct(new InvestmentLedger.InvestmentCorrection(row.id(),
                        right.isInvalid() ? null : right.getValue(), reason.getValue())), changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("correct-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
