package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.inspection.HouseholdAcceptanceService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.WorkItemRow;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The 验收 tab's per-household part: which work items are done inside homes (marked by the official, the project
 * manager or an administrator), how many households have accepted, the way to the doors for the committee, and an
 * official's exception for households that cannot be visited.
 */
class HouseholdSection extends Div {

    HouseholdSection(long projectId, HouseholdAcceptanceService service, Collection<WorkItemRow> items,
                     Runnable reload) {
        addClassName("issue-list");
        setId("household-section");
        HouseholdAcceptanceService.Progress p = service.progress(projectId);
        var locale = getLocale();
        add(new H3(getTranslation("household.acceptance.section")));
        MultiSelectComboBox<WorkItemRow> inHome = new MultiSelectComboBox<>(getTranslation("household.inHome"));
        inHome.setItems(items);
        inHome.setItemLabelGenerator(i -> InspectionTexts.item(i, locale));
        inHome.setValue(items.stream().filter(i -> p.inHomeItemIds().contains(i.id())).collect(Collectors.toSet()));
        inHome.setWidthFull();
        inHome.setReadOnly(!p.mayMark());
        inHome.setHelperText(getTranslation("household.inHome.help"));
        inHome.setId("in-home-items");
        add(inHome);
        if (p.mayMark()) {
            Button mark = new Button(getTranslation("household.inHome.save"), e -> {
                try {
                    service.setInHome(projectId, inHome.getValue().stream().map(WorkItemRow::id)
                            .collect(Collectors.toSet()));
                    Notifications.success("action.saved");
                    reload.run();
                } catch (DomainException refused) {
                    Notifications.error(refused);
                }
            });
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setId("in-home-save");
            add(mark);
        }
        if (!p.needed()) {
            Span none = new Span(getTranslation("household.acceptance.notNeeded"));
            none.addClassName("hint");
            add(none);
            return;
        }
        var t = p.tally();
        Div card = new Div();
        card.addClassName("record-card");
        card.setId("household-progress");
        Span count = new Span(getTranslation("household.acceptance.count", Formats.number(t.accepted(), locale),
                Formats.number(t.households(), locale)));
        count.addClassName("record-count");
        Span detail = new Span(getTranslation("household.acceptance.breakdown", t.defects(), t.refused(), t.notVisited()));
        detail.addClassName("record-tally");
        card.add(count, new ProgressBar(0, Math.max(1, t.households()), t.accepted()), detail);
        add(card);
        if (p.mayVisit()) {
            Button visit = new Button(getTranslation("household.acceptance.visit"), VaadinIcon.HOME.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/household-acceptance")));
            visit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            visit.setId("open-household-acceptance");
            add(visit);
        }
        if (p.waiver() != null) {
            Div w = new Div(new Span(getTranslation("household.waiver.recorded", p.waiver().householdsOpen(),
                    p.waiver().recordedBy(), Formats.dateTime(p.waiver().recordedAt(), locale))),
                    new Span(p.waiver().reason()));
            w.addClassName("banner-success");
            w.setId("household-waiver");
            add(w);
        } else if (p.mayWaive() && !t.complete()) {
            TextArea reason = new TextArea(getTranslation("household.waiver.reason"));
            reason.setMaxLength(1000);
            reason.setWidthFull();
            reason.setId("waiver-reason");
            Button waive = new Button(getTranslation("household.waiver.save"), e -> {
                try {
                    service.waive(projectId, reason.getValue());
                    Notifications.success("household.waiver.saved");
                    reload.run();
                } catch (DomainException refused) {
                    Notifications.error(refused);
                }
            });
            waive.setId("waiver-save");
            Div box = new Div(new Span(getTranslation("household.waiver.help")), reason, waive);
            box.addClassName("door-more");
            add(box);
        }
    }
}
