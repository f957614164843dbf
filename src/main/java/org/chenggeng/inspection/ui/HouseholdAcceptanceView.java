package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.HouseholdAcceptanceService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.StairwellPicker;
import org.chenggeng.shared.ui.RecordRoute;

import java.util.List;
import java.util.Map;

/**
 * Per-household acceptance door to door on a phone, as the consent recording is: pick a building and a stairwell,
 * then record each household at its door. The header keeps count of the households accepted of those the project
 * touches, with defects, refusals and doors not visited yet.
 */
@Route("projects/:id/household-acceptance")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
@StyleSheet("assets/inspection.css")
class HouseholdAcceptanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HouseholdAcceptanceService service;
    private final transient ProjectAccess projects;
    private final transient PhotoWidgets photos;
    private final Div progress = new Div();
    private StairwellPicker pick;
    private final Div doors = new Div();
    private Map<String, List<String>> stairwells = Map.of();
    private long projectId;
    private String title = "";

    HouseholdAcceptanceView(HouseholdAcceptanceService service, ProjectAccess projects, PhotoWidgets photos) {
        this.service = service;
        this.projects = projects;
        this.photos = photos;
        addClassNames("page", "record-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            if (!service.progress(id).mayVisit()) {
                event.forwardTo("projects/" + id + "/inspections?tab=acceptance");
                return;
            }
            stairwells = service.stairwells(id);
            render(projects.get(id));
        });
    }

    private void render(ProjectAccess.ProjectDetails project) {
        removeAll();
        title = getTranslation("household.acceptance.title");
        Span name = new Span(project.data().name());
        name.addClassName("hint");
        progress.addClassName("record-card");
        progress.setId("door-progress");
        doors.addClassName("doors");
        doors.setId("doors");
        pick = new StairwellPicker("door", stairwells, doors, this::showDoors);
        add(new Anchor("projects/" + projectId + "/inspections?tab=acceptance", getTranslation("inspection.backToProject")),
                new H2(title), name, progress, pick, doors);
        refreshProgress();
        pick.start(stairwells);
    }

    private void showDoors(String building, String unit) {
        for (HouseholdAcceptanceService.Door door : service.doors(projectId, building, unit)) {
            doors.add(new DoorAcceptanceCard(service, photos, projectId, door, this::refreshProgress));
        }
    }

    private void refreshProgress() {
        var t = service.progress(projectId).tally();
        var locale = getLocale();
        progress.removeAll();
        Span count = new Span(getTranslation("household.acceptance.count", Formats.number(t.accepted(), locale),
                Formats.number(t.households(), locale)));
        count.addClassName("record-count");
        count.setId("door-count");
        ProgressBar bar = new ProgressBar(0, Math.max(1, t.households()), t.accepted());
        Span detail = new Span(getTranslation("household.acceptance.breakdown", t.defects(), t.refused(), t.notVisited()));
        detail.addClassName("record-tally");
        detail.setId("door-breakdown");
        progress.add(count, bar, detail);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
