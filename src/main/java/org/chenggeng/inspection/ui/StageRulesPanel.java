package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.StageRuleService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.WorkTypeService;

/**
 * The key stages, on the checklist page: which work type's entries wait for a passed inspection of which kind of
 * which other work type. Add one, deactivate or reactivate one.
 */
class StageRulesPanel extends Div {

    private final transient StageRuleService rules;
    private final Grid<StageRuleService.Rule> grid = new Grid<>();

    StageRulesPanel(StageRuleService rules, WorkTypeService types) {
        this.rules = rules;
        addClassName("stage-rules");
        var locale = getLocale();
        Paragraph help = new Paragraph(getTranslation("stageRule.help"));
        help.addClassName("hint");
        var catalogue = types.all().stream().filter(t -> !t.retired()).toList();
        ComboBox<WorkTypeService.WorkTypeRow> stage = new ComboBox<>(getTranslation("stageRule.stage"));
        ComboBox<WorkTypeService.WorkTypeRow> following = new ComboBox<>(getTranslation("stageRule.following"));
        for (ComboBox<WorkTypeService.WorkTypeRow> box : java.util.List.of(stage, following)) {
            box.setItems(catalogue);
            box.setItemLabelGenerator(t -> "en".equals(locale.getLanguage()) ? t.data().nameEn() : t.data().nameZh());
        }
        stage.setId("stage-rule-stage");
        following.setId("stage-rule-following");
        Select<InspectionKind> kind = new Select<>();
        kind.setLabel(getTranslation("inspection.kind"));
        kind.setItems(InspectionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(InspectionKind.CONCEALED);
        kind.setId("stage-rule-kind");
        Button add = new Button(getTranslation("stageRule.add"), e -> run(() -> rules.add(
                stage.getValue() == null ? null : stage.getValue().id(), kind.getValue(),
                following.getValue() == null ? null : following.getValue().id())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("stage-rule-add");
        grid.addColumn(r -> r.stage(locale)).setHeader(getTranslation("stageRule.stage")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("inspection.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.following(locale)).setHeader(getTranslation("stageRule.following")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button toggle = new Button(getTranslation(r.active() ? "documentType.deactivate" : "documentType.activate"),
                    e -> run(() -> rules.setActive(r.id(), r.version(), !r.active())));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return toggle;
        }).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("stage-rule-grid");
        Div form = new Div(stage, kind, following, add);
        form.addClassName("template-form");
        add(help, grid, form);
        refresh();
    }

    private void run(Runnable change) {
        try {
            change.run();
            Notifications.success("action.saved");
            refresh();
        } catch (DomainException refused) {
            Notifications.error(refused);
        }
    }

    private void refresh() {
        grid.setItems(rules.all());
    }
}
