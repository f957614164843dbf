package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Sets up a round, or changes an open one: what it asks, how, whom (the compound, some buildings, or one
 * stairwell, chosen from the register), when, under which rule, and which work items it puts to the vote. The binder
 * checks the round's own rules with the message keys of {@code ConsultationRound}; what only the service can tell
 * (the project's stage, a compound or item outside the project, a start too far ahead) is said on its field too.
 */
class RoundDialog extends Dialog {

    private final Binder<RoundData> binder = new Binder<>(RoundData.class);
    private final FieldErrors errors = new FieldErrors();

    RoundDialog(RoundService rounds, HouseholdService households, WorkItemService workItems,
                ProjectAccess.ProjectDetails project, RoundService.RoundDetails existing, Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "round.create" : "round.edit"));
        setWidth("min(42rem, 96vw)");
        var locale = getLocale();
        Select<RoundKind> kind = new Select<>();
        kind.setLabel(getTranslation("round.kind"));
        kind.setItems(RoundKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("round-kind");
        Select<RoundMethod> method = new Select<>();
        method.setLabel(getTranslation("round.method"));
        method.setItems(RoundMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        method.setValue(RoundMethod.DOOR_TO_DOOR);
        method.setId("round-method");
        Select<CompoundRow> compound = new Select<>();
        compound.setLabel(getTranslation("round.compound"));
        compound.setItems(project.compounds());
        compound.setItemLabelGenerator(CompoundRow::name);
        compound.setId("round-compound");
        RadioButtonGroup<ScopeKind> scope = new RadioButtonGroup<>(getTranslation("round.scope"));
        scope.setItems(ScopeKind.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        scope.setValue(ScopeKind.COMPOUND);
        scope.setId("round-scope");
        MultiSelectComboBox<String> buildings = new MultiSelectComboBox<>(getTranslation("round.buildings"));
        buildings.setId("round-buildings");
        Select<String> building = new Select<>();
        building.setLabel(getTranslation("household.building"));
        building.setId("round-building");
        Select<String> unit = new Select<>();
        unit.setLabel(getTranslation("household.unit"));
        unit.setId("round-unit");
        AtomicReference<Map<String, List<String>>> stairwells = new AtomicReference<>(Map.of());
        compound.addValueChangeListener(e -> {
            stairwells.set(e.getValue() == null ? Map.of() : households.stairwells(e.getValue().id()));
            buildings.setItems(stairwells.get().keySet());
            building.setItems(stairwells.get().keySet());
        });
        building.addValueChangeListener(e -> unit.setItems(e.getValue() == null ? List.of()
                : stairwells.get().getOrDefault(e.getValue(), List.of())));
        DatePicker opens = DatePickers.create(getTranslation("round.opensOn"), locale);
        opens.setValue(UiClock.today());
        opens.setId("round-opens");
        DatePicker closes = DatePickers.create(getTranslation("round.closesOn"), locale);
        closes.setId("round-closes");
        Select<ConsentRule> rule = new Select<>();
        rule.setLabel(getTranslation("round.rule"));
        rule.setItems(ConsentRule.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        rule.setValue(ConsentRule.CIVIL_CODE_278);
        rule.setId("round-rule");
        List<WorkItemRow> projectItems = workItems.items(project.id()).stream().filter(i -> !i.retired()).toList();
        MultiSelectComboBox<WorkItemRow> items = new MultiSelectComboBox<>(getTranslation("round.items"));
        items.setItems(projectItems);
        items.setItemLabelGenerator(i -> i.name(locale) + (i.locationNote() == null ? "" : " · " + i.locationNote()));
        items.setHelperText(getTranslation("round.items.help"));
        items.setId("round-items");
        TextArea summary = new TextArea(getTranslation("round.summary"));
        summary.setMaxLength(2000);
        summary.setId("round-summary");
        binder.forField(kind).asRequired(message("round.error.required")).bind("kind");
        binder.forField(method).asRequired(message("round.error.required")).bind("method");
        binder.forField(compound).asRequired(message("round.error.required"))
                .withConverter(CompoundRow::id, id -> project.compounds().stream().filter(c -> c.id().equals(id))
                        .findFirst().orElse(null)).bind("compoundId");
        binder.forField(scope).asRequired(message("round.error.required")).bind("scopeKind");
        binder.forField(buildings)
                .withValidator(rule(b -> scope.getValue() != ScopeKind.BUILDINGS || !b.isEmpty(),
                        "round.error.buildingsRequired"))
                .withConverter(b -> switch (scope.getValue()) {
                    case BUILDINGS -> List.copyOf(b);
                    case STAIRWELL -> building.getValue() == null ? List.<String>of() : List.of(building.getValue());
                    case COMPOUND -> List.<String>of();
                    case null -> List.<String>of();
                }, b -> scope.getValue() == ScopeKind.BUILDINGS ? Set.copyOf(b) : Set.<String>of())
                .bind("buildings");
        binder.forField(unit).withValidator(rule(u -> scope.getValue() != ScopeKind.STAIRWELL
                || building.getValue() != null && u != null, "round.error.stairwellRequired")).bind("unit");
        binder.forField(opens).asRequired(message("round.error.required"))
                .withValidator(rule(o -> !o.isAfter(UiClock.today().plusYears(1)), "round.error.opensTooLate"))
                .bind("opensOn");
        binder.forField(closes).withValidator(rule(c -> c == null || opens.getValue() == null
                || !c.isBefore(opens.getValue()), "round.error.closesBeforeOpens")).bind("closesOn");
        binder.forField(rule).withValidator(rule(r -> kind.getValue() != RoundKind.CONSENT || r != null,
                "round.error.ruleRequired")).bind("consentRule");
        binder.forField(items).withConverter(i -> i.stream().map(WorkItemRow::id).collect(Collectors.toSet()),
                ids -> projectItems.stream().filter(i -> ids.contains(i.id())).collect(Collectors.toSet()))
                .bind("workItemIds");
        binder.forField(summary).withNullRepresentation("").bind("summary");
        errors.on(kind, "round.error.kindFixed", "round.error.projectStatus")
                .on(compound, "round.error.compoundNotInProject").on(buildings, "round.error.buildingsRequired")
                .on(unit, "round.error.stairwellRequired").on(opens, "round.error.opensTooLate")
                .on(closes, "round.error.closesBeforeOpens").on(rule, "round.error.ruleRequired")
                .on(items, "round.error.itemNotInProject");
        FormLayout form = new FormLayout(kind, method, compound, scope, buildings, building, unit, opens, closes, rule,
                items, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(scope, 2);
        form.setColspan(buildings, 2);
        form.setColspan(items, 2);
        form.setColspan(summary, 2);
        add(form);
        Runnable visibility = () -> {
            buildings.setVisible(scope.getValue() == ScopeKind.BUILDINGS);
            building.setVisible(scope.getValue() == ScopeKind.STAIRWELL);
            unit.setVisible(scope.getValue() == ScopeKind.STAIRWELL);
            rule.setVisible(kind.getValue() == RoundKind.CONSENT);
        };
        scope.addValueChangeListener(e -> visibility.run());
        kind.addValueChangeListener(e -> visibility.run());
        if (existing != null) {
            var r = existing.round();
            binder.readRecord(new RoundData(r.kind(), r.method(), existing.compoundId(), r.scopeKind(), r.buildings(),
                    null, r.opensOn(), r.closesOn(), r.consentRule() == null ? ConsentRule.CIVIL_CODE_278
                    : r.consentRule(), Set.copyOf(existing.workItemIds()), existing.summary()));
            kind.setReadOnly(true);
            if (r.scopeKind() == ScopeKind.STAIRWELL) {
                building.setValue(r.buildings().getFirst());
                unit.setValue(r.unit());
            }
        } else {
            boolean done = project.status().ordinal() >= org.chenggeng.project.ProjectStatus.COMPLETED.ordinal();
            kind.setValue(done ? RoundKind.SATISFACTION : RoundKind.NEEDS);
            if (project.compounds().size() == 1) {
                compound.setValue(project.compounds().getFirst());
            }
        }
        visibility.run();
        Long[] saved = {existing == null ? null : existing.round().id()};
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                saved[0] = rounds.create(project.id(), data);
            } else {
                rounds.update(existing.round().id(), existing.round().version(), data);
            }
        }, () -> onSaved.accept(saved[0])));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("round-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
