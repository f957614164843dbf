package org.chenggeng.project;

import org.chenggeng.region.CompoundService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The gate other modules and the project page go through: a project in the signed-in user's scope, as the page,
 * the work module and the consultation module see it, and the consent it rests on (the list is
 * {@link ProjectQueries}, the lifecycle {@link ProjectLifecycle}, editing {@link ProjectEditing}). Every method
 * checks role and scope itself; a view is not a security boundary.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectAccess {

    private final CompoundService compounds;
    private final CurrentUser currentUser;
    private final ApprovalGate approval;
    private final VisibleProjects visible;

    ProjectAccess(CompoundService compounds, CurrentUser currentUser, ApprovalGate approval, VisibleProjects visible) {
        this.compounds = compounds;
        this.currentUser = currentUser;
        this.approval = approval;
        this.visible = visible;
    }

    /** Everything the project page shows, with what the signed-in user may do to it. */
    public record ProjectDetails(Long id, long version, ProjectData data, ProjectStatus status, LocalDate actualStart,
                                 LocalDate actualEnd, LocalDate acceptanceDate, String acceptanceBody,
                                 LocalDate handoverDate, boolean sample, List<CompoundService.CompoundRow> compounds,
                                 boolean editable, ProjectStatus allowedNext) {
    }

    /**
     * What the work module needs to know about a project it plans or logs against, after the scope check:
     * its status, start date and communities, and whether the signed-in user may plan items and log progress
     * (administrators, and the project managers assigned to it).
     */
    public record WorkAccess(Long id, String code, String name, ProjectStatus status, LocalDate actualStart,
                             Set<Long> communityIds, boolean mayWrite) {
    }

    @Transactional(readOnly = true)
    public ProjectDetails get(long id) {
        Actor actor = currentUser.require();
        Project p = visible(actor, id);
        return new ProjectDetails(p.getId(), p.getVersion(), dataOf(p), p.getStatus(), p.milestones().actualStart(),
                p.milestones().actualEnd(), p.milestones().acceptanceDate(), p.milestones().acceptanceBody(),
                p.milestones().handoverDate(), p.isSample(),
                compounds.byIds(p.getCompoundIds()), ProjectEditing.mayEdit(actor), ProjectLifecycle.allowedNext(actor, p));
    }

    /** The project as the work module sees it; refuses (and audits) a project outside the user's scope. */
    @Transactional(readOnly = true)
    public WorkAccess workAccess(long id) {
        Actor actor = currentUser.require();
        Project p = visible(actor, id);
        boolean mayWrite = actor.isAdmin() || (actor.is(Role.PROJECT_MANAGER) && actor.projectIds().contains(id));
        return new WorkAccess(p.getId(), p.getCode(), p.getName(), p.getStatus(), p.milestones().actualStart(),
                Set.copyOf(compounds.communityOf(p.getCompoundIds()).values()), mayWrite);
    }

    /**
     * The passed consent round that would let the project move to 立项, or the refusal that names why there is
     * none (see {@link ApprovalCheck.Verdict}).
     */
    @Transactional(readOnly = true)
    public ApprovalCheck.Verdict consent(long id) {
        return approval.consentOf(visible(currentUser.require(), id));
    }

    private Project visible(Actor actor, long id) {
        return visible.require(actor, id);
    }


    private static ProjectData dataOf(Project p) {
        return new ProjectData(p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getImplementingUnit(),
                p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), p.getDescription(), p.getCompoundIds(),
                p.getScopeBuildings(), p.getScopeUnit());
    }

}
