package org.chenggeng.consultation.ui;

import org.chenggeng.shared.ui.RecordRoute;
import org.chenggeng.evidence.ui.PhotoWidgets;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.work.WorkItemService;

/**
 * A project's consultation: its rounds with their results, its working group, and the residents' feedback with
 * what became of it. What each tab offers depends on who is looking (committee, project manager, official).
 */
@Route("projects/:id/consultation")
@PermitAll
class ConsultationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectAccess projects;
    private final transient RoundService rounds;
    private final transient WorkingGroupService workingGroup;
    private final transient FeedbackService feedback;
    private final transient HouseholdService households;
    private final transient WorkItemService workItems;
    private String title = "";
    private final transient PhotoWidgets photos;
    private final transient org.chenggeng.consultation.FeedbackModerationService moderation;

    ConsultationView(ProjectAccess projects, RoundService rounds, WorkingGroupService workingGroup,
                     FeedbackService feedback, HouseholdService households, WorkItemService workItems,
                     PhotoWidgets photos, org.chenggeng.consultation.FeedbackModerationService moderation) {
        this.moderation = moderation;
        this.photos = photos;
        this.projects = projects;
        this.rounds = rounds;
        this.workingGroup = workingGroup;
        this.feedback = feedback;
        this.households = households;
        this.workItems = workItems;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> render(projects.get(id)));
    }

    private void render(ProjectAccess.ProjectDetails project) {
        removeAll();
        title = getTranslation("consultation.title", project.data().name());
        add(new Anchor("projects/" + project.id(), getTranslation("consultation.backToProject")));
        H2 heading = new H2(title);
        heading.setId("consultation-title");
        Span code = Badges.of(project.data().code(), "contrast");
        HorizontalLayout head = new HorizontalLayout(heading, code);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.getStyle().set("flex-wrap", "wrap");
        add(head);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("consultation.tab.rounds"), new RoundsPanel(rounds, households, workItems, project));
        tabs.add(getTranslation("consultation.tab.feedback"), new FeedbackPanel(feedback, households, rounds, workItems, photos, project,
                moderation));
        tabs.add(getTranslation("consultation.tab.workingGroup"), new WorkingGroupPanel(workingGroup, rounds, project.id()));
        tabs.setId("consultation-tabs");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
