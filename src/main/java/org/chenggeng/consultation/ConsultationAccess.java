package org.chenggeng.consultation;

import org.chenggeng.project.ProjectService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Who may do what in consultation. The committee of a compound's community (and administrators) keep its
 * register, run its rounds and see its households' personal data; everyone else who can see the project sees
 * masked data or aggregates. Refusals go through {@link CurrentUser#deny} so that they are audited.
 */
@Component
class ConsultationAccess {

    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final CompoundService compounds;
    private final RegionService regions;

    ConsultationAccess(CurrentUser currentUser, ProjectService projects, CompoundService compounds,
                       RegionService regions) {
        this.currentUser = currentUser;
        this.projects = projects;
        this.compounds = compounds;
        this.regions = regions;
    }

    Actor actor() {
        return currentUser.require();
    }

    /** The project with its compounds; refused and audited outside the actor's scope. */
    ProjectService.ProjectDetails project(long projectId) {
        return projects.get(projectId);
    }

    /** Administrators, and committee members whose region holds the compound's community. */
    boolean isCommitteeOf(Actor actor, Long compoundId) {
        if (actor.isAdmin()) {
            return true;
        }
        if (!actor.is(Role.COMMUNITY_COMMITTEE)) {
            return false;
        }
        Long community = compounds.communityOf(Set.of(compoundId)).get(compoundId);
        return community != null && regions.subtreeIds(actor.regionId()).contains(community);
    }

    /** Whether the actor may read a compound's register at all: its committee, or an official above it (masked). */
    boolean mayReadRegister(Actor actor, Long compoundId) {
        if (isCommitteeOf(actor, compoundId)) {
            return true;
        }
        if (!actor.is(Role.OFFICIAL)) {
            return false;
        }
        Map<Long, Long> community = compounds.communityOf(Set.of(compoundId));
        return community.containsKey(compoundId) && regions.subtreeIds(actor.regionId()).contains(community.get(compoundId));
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
    boolean isCommitteeOfProject(Actor actor, ProjectService.ProjectDetails project) {
        return project.compounds().stream().anyMatch(c -> isCommitteeOf(actor, c.id()));
    }

    /** Committee of the project, or its assigned project manager: may read feedback and link work items. */
    boolean mayWorkFeedback(Actor actor, ProjectService.ProjectDetails project) {
        return isCommitteeOfProject(actor, project)
                || (actor.is(Role.PROJECT_MANAGER) && actor.projectIds().contains(project.id()));
    }

    RuntimeException deny(Actor actor, String what) {
        return currentUser.deny(actor, what);
    }
}
