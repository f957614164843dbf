package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.consultation.WorkingGroupService.MemberRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

/** The project's consultation working group; the committee adds, changes and removes members. */
class WorkingGroupPanel extends VerticalLayout {

    private final transient WorkingGroupService workingGroup;
    private final long projectId;
    private final Grid<MemberRow> grid = new Grid<>();

    WorkingGroupPanel(WorkingGroupService workingGroup, RoundService rounds, long projectId) {
        this.workingGroup = workingGroup;
        this.projectId = projectId;
        setPadding(false);
        add(new Paragraph(getTranslation("workingGroup.help")));
        boolean keeper = rounds.mayManage(projectId);
        if (keeper) {
            Button add = new Button(getTranslation("workingGroup.add"), VaadinIcon.PLUS.create(),
                    e -> new MemberDialog(workingGroup, projectId, null, this::refresh).open());
            add.setId("add-member");
            add(add);
        }
        grid.addColumn(MemberRow::name).setHeader(getTranslation("workingGroup.name")).setAutoWidth(true);
        grid.addColumn(MemberRow::organisation).setHeader(getTranslation("workingGroup.organisation")).setFlexGrow(2);
        grid.addColumn(MemberRow::role).setHeader(getTranslation("workingGroup.role")).setAutoWidth(true);
        grid.addColumn(m -> m.officePhone() == null ? "" : m.officePhone())
                .setHeader(getTranslation("workingGroup.officePhoneHeader")).setAutoWidth(true);
        if (keeper) {
            grid.addComponentColumn(m -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        e -> new MemberDialog(workingGroup, projectId, m, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit"));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        workingGroup.remove(m.id(), m.version());
                        Notifications.success("workingGroup.removed", m.name());
                    } catch (DomainException ex) {
                        Notifications.error(ex);
                    }
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.delete"));
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("workingGroup.none"));
        grid.setId("working-group-grid");
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(workingGroup.members(projectId));
    }
}
