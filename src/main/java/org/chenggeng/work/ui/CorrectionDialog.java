package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.OverrunNeedsConfirmation;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.ProgressService.EntryRow;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkItemRow;

/** Corrects an entry: the quantity it should have had, and why. The ledger keeps both lines. */
class CorrectionDialog extends Dialog {

    private final transient ProgressService progress;
    private final transient Runnable changed;
    private final EntryRow entry;
    private final Unit unit;
    private final BigDecimalField right = new BigDecimalField();
    private final TextField reason = new TextField();
    private final FieldErrors errors = new FieldErrors();

    CorrectionDialog(ProgressService progress, WorkItemRow item, EntryRow entry, Runnable changed) {
        this.progress = progress;
        this.changed = changed;
        this.entry = entry;
        this.unit = item.unit();
        setHeaderTitle(getTranslation("log.correctTitle"));
        setWidth("min(28rem, 95vw)");
        add(new Paragraph(getTranslation("log.correctHelp", Quantities.format(entry.counted(), item.unit(), getLocale()))));
        right.setLabel(getTranslation("log.rightQuantity"));
        right.setValue(entry.counted().stripTrailingZeros());
        right.setId("correct-quantity");
        right.setSuffixComponent(new Span(Quantities.unitLabel(unit, getLocale())));
        reason.setLabel(getTranslation("log.reason"));
        reason.setMaxLength(500);
        reason.setId("correct-reason");
        errors.on(right, LogProgressView.QUANTITY_ERRORS).on(right, "progress.error.nothingToCorrect",
                "progress.error.belowZero").on(reason, "progress.error.reasonRequired", "error.tooLong");
        FormLayout form = new FormLayout(right, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button ok = new Button(getTranslation("log.correctSave"), e -> save(false));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("correct-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private void save(boolean overrunConfirmed) {
        try {
            progress.correct(new ProgressService.CorrectionRequest(entry.id(), right.isInvalid() ? null : right.getValue(),
                    reason.getValue(), overrunConfirmed));
            Notifications.success("log.corrected");
            close();
            changed.run();
        } catch (OverrunNeedsConfirmation over) {
            OverrunConfirmation.ask(over, unit, () -> save(true));
        } catch (DomainException e) {
            errors.show(e);
        }
    }
}
