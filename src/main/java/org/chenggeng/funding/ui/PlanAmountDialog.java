package org.chenggeng.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingService.FundingLine;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

/** Sets a project's planned investment from one source, in yuan; 0 takes the source out of the plan. */
class PlanAmountDialog extends Dialog {

    PlanAmountDialog(FundingService funding, long projectId, FundingLine line, Runnable changed) {
        setHeaderTitle(getTranslation("funding.editPlan", line.source().name(getLocale())));
        setWidth("min(24rem, 95vw)");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.amountYuan"));
        amount.setValue(line.planned().stripTrailingZeros());
        amount.setSuffixComponent(new Span(getTranslation("funding.yuan")));
        amount.setWidthFull();
        amount.setId("plan-amount");
        FieldErrors errors = new FieldErrors().on(amount, "funding.error.amountRequired", "funding.error.amountScale",
                "funding.error.amountRange");
        add(amount);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, errors,
                () -> funding.setPlan(projectId, line.source().id(), amount.isInvalid() ? null : amount.getValue()),
                changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
