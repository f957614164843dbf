package org.chenggeng.project;

import org.chenggeng.region.CompoundService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The project list and the figures counted over it, always within the signed-in user's scope: what views,
 * reports and dashboards read. Nothing here changes a project.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectQueries {

    private final ProjectRepository projects;
    private final ProjectScope scope;
    private final CompoundService compounds;
    private final CurrentUser currentUser;
    private final ProjectStatusCounts statusCounts;
    private final VisibleProjects visible;

    ProjectQueries(ProjectRepository projects, ProjectScope scope, CompoundService compounds, CurrentUser currentUser,
                   ProjectStatusCounts statusCounts, VisibleProjects visible) {
        this.projects = projects;
        this.scope = scope;
        this.compounds = compounds;
        this.currentUser = currentUser;
        this.statusCounts = statusCounts;
        this.visible = visible;
    }

    /** One page of the projects in scope that match the filter. */
    @Transactional(readOnly = true)
    public List<ProjectRow> page(ProjectFilter filter, Pageable pageable) {
        Actor actor = currentUser.require();
        List<Project> found = projects.findAll(spec(actor, filter), pageable).getContent();
        Set<Long> compoundIds = found.stream().flatMap(p -> p.getCompoundIds().stream()).collect(Collectors.toSet());
        Map<Long, CompoundService.CompoundRow> byId = compounds.byIds(compoundIds).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, Function.identity()));
        return found.stream().map(p -> toRow(p, byId)).toList();
    }

    /** Every project in scope that matches the filter, ordered by code: what reports and dashboards count. */
    @Transactional(readOnly = true)
    public List<ProjectRow> all(ProjectFilter filter) {
        return page(filter, Pageable.unpaged(Sort.by("code")));
    }

    /** One project as a list row; refuses (and audits) a project outside the user's scope. */
    @Transactional(readOnly = true)
    public ProjectRow row(long id) {
        Project p = visible.require(currentUser.require(), id);
        Map<Long, CompoundService.CompoundRow> byId = compounds.byIds(p.getCompoundIds()).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, Function.identity()));
        return toRow(p, byId);
    }

    /** How many projects in scope match the filter. */
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        return projects.count(spec(currentUser.require(), filter));
    }

    /**
     * Every project in scope that matches the filter, as (project, status, compound) rows in one query: what
     * headline figures count without loading the projects.
     */
    @Transactional(readOnly = true)
    public List<ProjectLink> links(ProjectFilter filter) {
        return statusCounts.links(spec(currentUser.require(), filter));
    }

    /** Every project in scope that matches the filter, ordered by code, without loading the projects. */
    @Transactional(readOnly = true)
    public List<ProjectHeader> headers(ProjectFilter filter) {
        return statusCounts.headers(spec(currentUser.require(), filter));
    }

    /**
     * Every project code in use, whatever the user's scope: codes are unique across all projects, so an import must
     * know those it cannot see to recognise its own rows and not collide with others'. Codes only, nothing else.
     */
    @Transactional(readOnly = true)
    public Set<String> codesInUse() {
        currentUser.require();
        return Set.copyOf(projects.codes());
    }

    /** How many projects in scope match the filter, per status (the filter's own status is ignored). */
    @Transactional(readOnly = true)
    public Map<ProjectStatus, Long> countByStatus(ProjectFilter filter) {
        return statusCounts.count(spec(currentUser.require(), filter.withStatus(null)));
    }

    /** Projects in progress that the signed-in user may log progress for, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectRow> loggable() {
        Actor actor = currentUser.require();
        if (!actor.isAdmin() && !actor.is(Role.PROJECT_MANAGER)) {
            return List.of();
        }
        return page(new ProjectFilter(null, ProjectStatus.IN_PROGRESS, null, null, null),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "year", "code")));
    }

    private Specification<Project> spec(Actor actor, ProjectFilter f) {
        Specification<Project> spec = scope.visibleTo(actor);
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toLowerCase() + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like),
                    cb.like(cb.lower(root.get("code")), like)));
        }
        if (f.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), f.status()));
        }
        if (f.year() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), f.year()));
        }
        if (f.pilot() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("pilot"), f.pilot()));
        }
        if (f.communityId() != null) {
            spec = spec.and(ProjectScope.touchingCompounds(scope.compoundIdsWithin(f.communityId())));
        }
        return spec;
    }

    private static ProjectRow toRow(Project p, Map<Long, CompoundService.CompoundRow> compoundsById) {
        List<CompoundService.CompoundRow> own = p.getCompoundIds().stream().map(compoundsById::get)
                .filter(Objects::nonNull).toList();
        String communities = own.stream().map(CompoundService.CompoundRow::communityName).distinct().sorted()
                .collect(Collectors.joining("、"));
        int households = own.stream().mapToInt(CompoundService.CompoundRow::households).sum();
        return new ProjectRow(p.getId(), p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getStatus(),
                p.getImplementingUnit(), p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), communities, households,
                Set.copyOf(p.getCompoundIds()), p.milestones().actualStart(), p.milestones().actualEnd());
    }
}
