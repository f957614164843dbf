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
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.project.ProjectService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sets up a round, or changes an open one: what it asks, how, whom (the compound, some buildings, or one
 * stairwell, chosen from the register), when, under which rule, and which work items it puts to the vote.
 */
class RoundDialog extends Dialog {

    RoundDialog(RoundService rounds, HouseholdService households, WorkItemService workItems,
                ProjectService.ProjectDetails project, RoundService.RoundDetails existing, Consumer<Long> onSaved) {
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
        Select<String> unit = new Select<>();
        unit.setLabel(getTranslation("household.unit"));
        AtomicReference<Map<String, List<String>>> stairwells = new AtomicReference<>(Map.of());
        compound.addValueChangeListener(e -> {
            stairwells.set(e.getValue() == null ? Map.of() : households.stairwells(e.getValue().id()));
            buildings.setItems(stairwells.get().keySet());
            building.setItems(stairwells.get().keySet());
        });
        building.addValueChangeListener(e -> unit.setItems(e.getValue() == null ? List.of()
                : stairwells.get().getOrDefault(e.getValue(), List.of())));
        DatePicker opens = DatePickers.create(getTranslation("round.opensOn"), locale);
        opens.setValue(LocalDate.now());
        opens.setId("round-opens");
        DatePicker closes = DatePickers.create(getTranslation("round.closesOn"), locale);
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
        TextArea summary = new TextArea(getTranslation("round.summary"));
        summary.setMaxLength(2000);
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
            kind.setValue(r.kind());
            kind.setReadOnly(true);
            method.setValue(r.method());
            project.compounds().stream().filter(c -> c.id().equals(existing.compoundId())).findFirst()
                    .ifPresent(compound::setValue);
            scope.setValue(r.scopeKind());
            if (r.scopeKind() == ScopeKind.BUILDINGS) {
                buildings.setValue(Set.copyOf(r.buildings()));
            } else if (r.scopeKind() == ScopeKind.STAIRWELL) {
                building.setValue(r.buildings().getFirst());
                unit.setValue(r.unit());
            }
            opens.setValue(r.opensOn());
            closes.setValue(r.closesOn());
            if (r.consentRule() != null) {
                rule.setValue(r.consentRule());
            }
            items.setValue(projectItems.stream().filter(i -> existing.workItemIds().contains(i.id()))
                    .collect(Collectors.toSet()));
            summary.setValue(existing.summary() == null ? "" : existing.summary());
        } else {
            boolean done = project.status().ordinal() >= org.chenggeng.project.ProjectStatus.COMPLETED.ordinal();
            kind.setValue(done ? RoundKind.SATISFACTION : RoundKind.NEEDS);
            if (project.compounds().size() == 1) {
                compound.setValue(project.compounds().getFirst());
            }
        }
        visibility.run();
        Button save = new Button(getTranslation("action.save"), e -> {
            List<String> chosen = switch (scope.getValue()) {
                case COMPOUND -> List.of();
                case BUILDINGS -> buildings.getValue().stream().toList();
                case STAIRWELL -> building.getValue() == null ? List.of() : List.of(building.getValue());
            };
            RoundData data = new RoundData(kind.getValue(), method.getValue(),
                    compound.getValue() == null ? null : compound.getValue().id(), scope.getValue(), chosen,
                    unit.getValue(), opens.getValue(), closes.getValue(), rule.getValue(),
                    items.getValue().stream().map(WorkItemRow::id).collect(Collectors.toSet()), summary.getValue());
            try {
                Long id;
                if (existing == null) {
                    id = rounds.create(project.id(), data);
                } else {
                    rounds.update(existing.round().id(), existing.round().version(), data);
                    id = existing.round().id();
                }
                Notifications.success("action.saved");
                close();
                onSaved.accept(id);
            } catch (StaleDataException ex) {
                Notifications.error(ex);
                close();
                onSaved.accept(existing == null ? null : existing.round().id());
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("round-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
