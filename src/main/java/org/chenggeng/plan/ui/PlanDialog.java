package org.chenggeng.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.plan.PlanProgress;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

/** Sets a region's plan for a year: compounds, households, buildings, floor area (m²) and investment (元). */
class PlanDialog extends Dialog {

    PlanDialog(AnnualPlanService plans, PlanProgress progress, Runnable changed) {
        setHeaderTitle(getTranslation("plan.setTitle", progress.regionName(), String.valueOf(progress.year())));
        setWidth("min(32rem, 95vw)");
        PlanFigures now = progress.plan() == null ? PlanFigures.NONE : progress.plan();
        IntegerField compounds = count("plan.compounds", now.compounds(), "plan-compounds");
        IntegerField households = count("plan.households", now.households(), "plan-households");
        IntegerField buildings = count("plan.buildings", now.buildings(), "plan-buildings");
        BigDecimalField area = amount("plan.floorArea", now.floorArea(), "plan.squareMetres", "plan-area");
        BigDecimalField investment = amount("plan.investmentYuan", now.investment(), "funding.yuan",
                "plan-investment");
        FieldErrors errors = new FieldErrors();
        FormLayout form = new FormLayout(compounds, households, buildings, area, investment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, errors,
                () -> plans.set(progress.regionId(), progress.year(), new PlanFigures(value(compounds),
                        value(households), value(buildings), area.isInvalid() ? null : area.getValue(),
                        investment.isInvalid() ? null : investment.getValue())), changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField count(String key, int value, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(value);
        field.setMin(0);
        field.setId(id);
        return field;
    }

    private BigDecimalField amount(String key, java.math.BigDecimal value, String unitKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setValue(value.stripTrailingZeros());
        field.setSuffixComponent(new Span(getTranslation(unitKey)));
        field.setId(id);
        return field;
    }

    /** An empty or unreadable count is refused by the plan as out of range, on its field. */
    private static int value(IntegerField field) {
        return field.getValue() == null || field.isInvalid() ? -1 : field.getValue();
    }
}
