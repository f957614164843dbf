package org.chenggeng.project;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Saves a new project in 谋划 with its first recorded step. Shared by {@link ProjectEditing} and
 * {@link ProjectSamples}, which check who may call them; callers run it inside their transaction.
 */
@Component
class NewProjects {

    private final ProjectRepository projects;
    private final ProjectTransitionRepository transitions;
    private final ProjectScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectPlacements placements;

    NewProjects(ProjectRepository projects, ProjectTransitionRepository transitions, ProjectScope scope,
                CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, ProjectPlacements placements) {
        this.projects = projects;
        this.transitions = transitions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.placements = placements;
    }

    Long create(ProjectData data, boolean sample) {
        Actor actor = currentUser.require();
        if (!scope.coversAll(actor, data.compoundIds())) {
            throw currentUser.deny(actor, "project.create outside scope");
        }
        Project project = new Project(data, sample, clock.instant());
        if (projects.existsByCodeIgnoreCase(project.getCode())) {
            throw new DomainException("project.error.codeTaken", project.getCode());
        }
        projects.save(project);
        transitions.save(new ProjectTransition(project.getId(), null, ProjectStatus.PLANNING, clock.instant(),
                actor.username(), null));
        events.publishEvent(EntityChanged.created(ProjectEditing.ENTITY, project.getId(), project.snapshot()));
        events.publishEvent(new ProjectChanged(placements.of(project)));
        return project.getId();
    }
}
