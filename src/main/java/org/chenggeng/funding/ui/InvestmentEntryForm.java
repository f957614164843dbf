package org.chenggeng.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Records a month's investment from one source: source, month, amount in yuan and a note, one field under another on a
 * phone. A refusal lands on its field; a locked month says so on the month.
 */
class InvestmentEntryForm extends FormLayout {

    private final Select<FundingSourceRow> source = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField note = new TextField();
    private final FieldErrors errors = new FieldErrors();

    InvestmentEntryForm(InvestmentLedger ledger, List<FundingSourceRow> sources, long projectId, Clock clock,
                        Runnable changed) {
        addClassName("investment-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 4));
        source.setLabel(getTranslation("funding.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> s.name(getLocale()));
        source.setId("entry-source");
        if (!sources.isEmpty()) {
            source.setValue(sources.getFirst());
        }
        month.setLabel(getTranslation("funding.month"));
        YearMonth now = YearMonth.now(clock);
        month.setItems(IntStream.range(0, 36).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        month.setValue(now);
        month.setId("entry-month");
        amount.setLabel(getTranslation("funding.amountYuan"));
        amount.setSuffixComponent(new Span(getTranslation("funding.yuan")));
        amount.setId("entry-amount");
        note.setLabel(getTranslation("funding.note"));
        note.setMaxLength(500);
        note.setId("entry-note");
        errors.on(amount, "funding.error.amountRequired", "funding.error.amountScale", "funding.error.amountRange",
                        "funding.error.amountZero")
                .on(month, "funding.error.monthLocked", "funding.error.futureMonth", "funding.error.monthRequired")
                .on(note, "error.tooLong");
        Button save = new Button(getTranslation("funding.recordSave"), VaadinIcon.PLUS.create(), e -> {
            try {
                ledger.record(new InvestmentLedger.InvestmentRequest(projectId,
                        source.getValue() == null ? -1 : source.getValue().id(), month.getValue(),
                        amount.isInvalid() ? null : amount.getValue(), note.getValue()));
                errors.clear();
                Notifications.success("funding.recorded");
                changed.run();
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("entry-save");
        add(source, month, amount, note, save);
    }
}
