package org.chenggeng.project;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionScope;
import org.chenggeng.security.Actor;
import org.chenggeng.security.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;

/**
 * Which projects a user may see. Administrators: all. Project managers: the projects assigned to them.
 * Officials and committee members: projects with at least one compound in a community within their region.
 */
@Component
class ProjectScope {

    private final RegionScope regionScope;
    private final CompoundService compounds;

    ProjectScope(RegionScope regionScope, CompoundService compounds) {
        this.regionScope = regionScope;
        this.compounds = compounds;
    }

    Specification<Project> visibleTo(Actor actor) {
        if (actor.isAdmin()) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (actor.is(Role.PROJECT_MANAGER)) {
            Set<Long> ids = actor.projectIds();
            return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
        }
        return touchingCompounds(compoundIdsWithin(actor.regionId()));
    }

    boolean canSee(Actor actor, Project project) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.is(Role.PROJECT_MANAGER)) {
            return actor.projectIds().contains(project.getId());
        }
        return !regionScope.coveredKeys(actor.regionId(), compounds.communityOf(project.getCompoundIds())).isEmpty();
    }

    /** Whether every compound lies within the actor's region, as creating or editing a project requires. */
    boolean coversAll(Actor actor, Collection<Long> compoundIds) {
        if (actor.isAdmin()) {
            return compounds.communityOf(compoundIds).size() == compoundIds.size();
        }
        return compoundIdsWithin(actor.regionId()).containsAll(compoundIds);
    }

    Set<Long> compoundIdsWithin(Long regionId) {
        Set<Long> regionIds = regionScope.within(regionId);
        return regionIds.isEmpty() ? Set.of() : compounds.idsInRegions(regionIds);
    }

    static Specification<Project> touchingCompounds(Set<Long> compoundIds) {
        return (root, query, cb) -> {
            if (compoundIds.isEmpty()) {
                return cb.disjunction();
            }
            Subquery<Long> sub = query.subquery(Long.class);
            Root<Project> p = sub.from(Project.class);
            Join<Project, Long> compound = p.join("compoundIds");
            sub.select(p.get("id")).where(cb.equal(p.get("id"), root.get("id")), compound.in(compoundIds));
            return cb.exists(sub);
        };
    }
}
