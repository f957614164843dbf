package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionScope;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what in consultation. The committee of a compound's community (and administrators) keep its
 * register, run its rounds and see its households' personal data; everyone else who can see the project sees
 * masked data or aggregates. Refusals go through {@link CurrentUser#deny} so that they are audited.
 */
@Component
class ConsultationAccess {

    private final CurrentUser currentUser;
    private final ProjectAccess projects;
    private final CompoundService compounds;
    private final RegionScope regionScope;

    ConsultationAccess(CurrentUser currentUser, ProjectAccess projects, CompoundService compounds,
                       RegionScope regionScope) {
        this.currentUser = currentUser;
        this.projects = projects;
        this.compounds = compounds;
        this.regionScope = regionScope;
    }

    Actor actor() {
        return currentUser.require();
    }

    /** The project with its compounds; refused and audited outside the actor's scope. */
    ProjectAccess.ProjectDetails project(long projectId) {
        return projects.get(projectId);
    }

    /**
     * Of the given compounds, those whose register and rounds the actor keeps: all of them for administrators, those
     * in communities within a committee member's region, none for anyone else. Two reads however many compounds.
     */
    Set<Long> committeeCompounds(Actor actor, Collection<Long> compoundIds) {
        if (compoundIds.isEmpty() || !(actor.isAdmin() || actor.is(Role.COMMUNITY_COMMITTEE))) {
            return Set.of();
        }
        Map<Long, Long> communities = compounds.communityOf(compoundIds);
        if (actor.isAdmin()) {
            return communities.keySet();
        }
        return regionScope.coveredKeys(actor.regionId(), communities);
    }

    /** Administrators, and committee members whose region holds the compound's community. */
    boolean isCommitteeOf(Actor actor, Long compoundId) {
        return committeeCompounds(actor, Set.of(compoundId)).contains(compoundId);
    }

    /** Whether the actor may read a compound's register at all: its committee, or an official above it (masked). */
    boolean mayReadRegister(Actor actor, Long compoundId) {
        if (actor.is(Role.OFFICIAL)) {
            Long community = compounds.communityOf(Set.of(compoundId)).get(compoundId);
            return regionScope.covers(actor.regionId(), community);
        }
        return isCommitteeOf(actor, compoundId);
    }

    /** Refuses (and audits) anyone but the compound's committee; an unknown compound is not found. */
    void requireCommitteeOf(Actor actor, Long compoundId, String what) {
        if (compoundId == null || compounds.communityOf(Set.of(compoundId)).isEmpty()) {
            throw new org.chenggeng.shared.NotFoundException();
        }
        if (!isCommitteeOf(actor, compoundId)) {
            throw currentUser.deny(actor, what);
        }
    }

    /** Whether the actor is the committee of at least one of the project's compounds (or an administrator). */
    boolean isCommitteeOfProject(Actor actor, ProjectAccess.ProjectDetails project) {
        return !committeeCompounds(actor, compoundIds(project)).isEmpty();
    }

    static Set<Long> compoundIds(ProjectAccess.ProjectDetails project) {
        return project.compounds().stream().map(c -> c.id()).collect(Collectors.toSet());
    }

    /** Committee of the project, or its assigned project manager: may read feedback and link work items. */
    boolean mayWorkFeedback(Actor actor, ProjectAccess.ProjectDetails project) {
        return isCommitteeOfProject(actor, project)
                || (actor.is(Role.PROJECT_MANAGER) && actor.projectIds().contains(project.id()));
    }

    RuntimeException deny(Actor actor, String what) {
        return currentUser.deny(actor, what);
    }
}
