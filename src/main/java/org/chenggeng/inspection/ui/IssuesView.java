package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;

import java.util.List;

/**
 * The to-do list of issues (整改问题) across the signed-in user's projects: by default what waits for them (a project
 * manager's issues to rectify, an inspector's to re-check, and the overdue), overdue first; other selections show
 * every issue of a status. Each card opens the issue.
 */
@Route("issues")
@Menu(title = "menu.issues", order = 2.5, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL, Roles.PROJECT_MANAGER, Roles.COMMUNITY_COMMITTEE, Roles.SUPERVISOR})
@StyleSheet("assets/inspection.css")
class IssuesView extends VerticalLayout implements HasDynamicTitle {

    private final transient IssueService issues;
    private final Select<IssueService.Selection> selection = new Select<>();
    private final Div list = new Div();
    private final Span count = new Span();

    IssuesView(IssueService issues) {
        this.issues = issues;
        addClassNames("page", "issues-view");
        selection.setLabel(getTranslation("issue.selection"));
        selection.setItems(IssueService.Selection.values());
        selection.setItemLabelGenerator(s -> getTranslation("issue.selection." + s.name()));
        selection.setId("issue-selection");
        selection.addValueChangeListener(e -> refresh());
        list.addClassName("issue-list");
        list.setId("issue-list");
        count.addClassName("hint");
        count.setId("issue-count");
        add(new H2(getTranslation("issue.list.title")), selection, count, list);
        selection.setValue(IssueService.Selection.MINE);
    }

    private void refresh() {
        List<IssueRow> rows = issues.list(selection.getValue() == null ? IssueService.Selection.MINE
                : selection.getValue());
        list.removeAll();
        count.setText(getTranslation("issue.list.count", rows.size(), rows.stream().filter(IssueRow::overdue).count()));
        rows.forEach(r -> list.add(new IssueCard(r, true)));
        if (rows.isEmpty()) {
            Span none = new Span(getTranslation("issue.list.none"));
            none.addClassName("hint");
            list.add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issue.list.title");
    }
}
