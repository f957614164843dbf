package org.chenggeng.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.notice.NoticeObjections;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.notice.NoticeSettings;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.RecordRoute;

import java.util.List;

/**
 * A project's 公示 page: its notices, newest first, each with its period, text, attachments and objections; for the
 * officials of its region and administrators, a new notice (drafted or published at once), publishing a draft and
 * withdrawing with a reason. Says whether 立项 waits for the plan's and the consent result's periods.
 */
@Route("projects/:id/notices")
@PermitAll
@StyleSheet("assets/notice.css")
class ProjectNoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NoticeService notices;
    private final transient NoticeObjections objections;
    private final transient NoticeSettings settings;
    private final transient ProjectAccess projects;
    private final transient PhotoWidgets files;
    private long projectId;
    private String title = "";

    ProjectNoticesView(NoticeService notices, NoticeObjections objections, NoticeSettings settings,
                       ProjectAccess projects, PhotoWidgets files) {
        this.notices = notices;
        this.objections = objections;
        this.settings = settings;
        this.projects = projects;
        this.files = files;
        addClassNames("page", "project-notices");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            render(projects.get(id));
        });
    }

    private void render(ProjectAccess.ProjectDetails project) {
        removeAll();
        title = getTranslation("notice.page.title", project.data().name());
        add(new Anchor("projects/" + projectId, getTranslation("notice.backToProject")), new H2(title));
        Span rule = new Span(getTranslation(settings.gate().required() ? "notice.page.gateOn" : "notice.page.gateOff"));
        rule.addClassName("hint");
        rule.setId("notice-gate-rule");
        add(rule);
        if (notices.mayPublish(projectId)) {
            Button create = new Button(getTranslation("notice.new"), VaadinIcon.PLUS.create(),
                    e -> new NoticeDialog(notices, projectId, null, this::reload).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-notice");
            add(create);
        }
        List<NoticeRow> rows = notices.list(projectId);
        Div list = new Div();
        list.addClassName("notice-list");
        list.setId("notice-list");
        if (rows.isEmpty()) {
            list.add(new Span(getTranslation("notice.none")));
        }
        rows.forEach(n -> list.add(new NoticeCard(n, notices, objections, files, this::reload)));
        add(list);
    }

    private void reload() {
        render(projects.get(projectId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
