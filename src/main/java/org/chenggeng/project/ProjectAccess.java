package org.chenggeng.project;

import jakarta.persistence.EntityManager;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionScope;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    private final EntityManager entityManager;
    private final RegionScope regionScope;

    ProjectAccess(CompoundService compounds, CurrentUser currentUser, ApprovalGate approval, VisibleProjects visible,
                  EntityManager entityManager, RegionScope regionScope) {
        this.entityManager = entityManager;
        this.regionScope = regionScope;
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
     * Many projects as the work module sees them, by id, for a write to all of them at once (an import's new projects):
     * the checks of {@link #workAccess(long)} with a few reads in all, not a few per project. Refuses (and audits) the
     * lot if one is unknown or outside the user's scope.
     */
    @Transactional(readOnly = true)
    public Map<Long, WorkAccess> workAccess(Collection<Long> ids) {
        Actor actor = currentUser.require();
        Map<Long, Set<Long>> compoundsOf = new HashMap<>();
        Map<Long, Object[]> rows = new TreeMap<>();
        List<Long> all = List.copyOf(new TreeSet<>(ids));
        for (int s = 0; s < all.size(); s += 500) {
            List<Long> chunk = all.subList(s, Math.min(all.size(), s + 500));
            entityManager.createQuery("select p.id, p.code, p.name, p.status, p.milestones.actualStart, c "
                    + "from Project p join p.compoundIds c where p.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(r -> {
                        rows.put((Long) r[0], r);
                        compoundsOf.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[5]);
                    });
        }
        Map<Long, Long> communityOf = compounds.communityOf(compoundsOf.values().stream()
                .flatMap(Set::stream).toList());
        Set<Long> within = actor.isAdmin() || actor.is(Role.PROJECT_MANAGER) ? Set.of()
                : regionScope.within(actor.regionId());
        Map<Long, WorkAccess> result = new LinkedHashMap<>();
        for (Long id : all) {
            Object[] r = rows.get(id);
            if (r == null) {
                throw new NotFoundException();
            }
            Set<Long> communities = compoundsOf.getOrDefault(id, Set.of()).stream().map(communityOf::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            boolean sees = actor.isAdmin() || (actor.is(Role.PROJECT_MANAGER) ? actor.projectIds().contains(id)
                    : communities.stream().anyMatch(within::contains));
            if (!sees) {
                throw currentUser.hide(actor, "project.read " + id);
            }
            boolean mayWrite = actor.isAdmin() || (actor.is(Role.PROJECT_MANAGER) && actor.projectIds().contains(id));
            result.put(id, new WorkAccess(id, (String) r[1], (String) r[2], (ProjectStatus) r[3],
                    (LocalDate) r[4], Set.copyOf(communities), mayWrite));
        }
        return result;
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
