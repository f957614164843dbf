package org.chenggeng.project;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final ProjectInserts inserts;

    NewProjects(ProjectRepository projects, ProjectTransitionRepository transitions, ProjectScope scope,
                CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, ProjectPlacements placements,
                ProjectInserts inserts) {
        this.inserts = inserts;
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

    /**
     * Saves many new projects at once, each checked as {@link #create} checks one (scope, the entity's rules, a free
     * code), with JDBC batches, and announces them in one {@link ProjectChangedBatch}. Not audited one by one: the
     * caller records the batch in one entry.
     */
    List<Long> createAll(List<ProjectData> added) {
        if (added.isEmpty()) {
            return List.of();
        }
        Actor actor = currentUser.require();
        Set<Long> compoundIds = added.stream().flatMap(d -> d.compoundIds().stream()).collect(Collectors.toSet());
        if (!scope.coversAll(actor, compoundIds)) {
            throw currentUser.deny(actor, "project.create outside scope");
        }
        Instant now = clock.instant();
        List<Project> checked = added.stream().map(d -> new Project(d, false, now)).toList();
        Map<String, Long> taken = inserts.existing(checked.stream().map(Project::getCode).toList());
        Set<String> seen = new HashSet<>();
        for (Project p : checked) {
            if (taken.containsKey(ProjectInserts.key(p.getCode())) || !seen.add(ProjectInserts.key(p.getCode()))) {
                throw new DomainException("project.error.codeTaken", p.getCode());
            }
        }
        List<Long> ids = inserts.insert(checked, actor.username(), now);
        Map<Long, Project> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), checked.get(i));
        }
        events.publishEvent(new ProjectChangedBatch(placements.of(byId)));
        return ids;
    }
}
