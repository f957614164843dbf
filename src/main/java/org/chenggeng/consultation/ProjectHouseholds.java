package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The households a project touches (its compounds, within the buildings or the stairwell recorded on it), for the
 * modules that go door to door after the consultation (per-household acceptance). Their ids and number go to whoever
 * sees the project, since they say nothing about anyone; the doors themselves, with owners and rooms, only to the
 * committee of the project's compounds and administrators, as the register in full does.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectHouseholds {

    private final HouseholdRepository households;
    private final ConsultationAccess access;

    ProjectHouseholds(HouseholdRepository households, ConsultationAccess access) {
        this.households = households;
        this.access = access;
    }

    /** The ids of the households the project touches; refused where the project is. */
    @Transactional(readOnly = true)
    public Set<Long> ids(long projectId) {
        return inScope(access.project(projectId)).stream().map(Household::getId).collect(Collectors.toSet());
    }

    /** Whether the signed-in user may go door to door in the project: its compounds' committee, or an administrator. */
    @Transactional(readOnly = true)
    public boolean mayVisit(long projectId) {
        return access.isCommitteeOfProject(access.actor(), access.project(projectId));
    }

    /** The project's stairwells as building → units, in natural order; its committee only. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> stairwells(long projectId) {
        return HouseholdService.stairwellsOf(visitable(projectId, "project.stairwells"));
    }

    /** The households of one stairwell of the project, in address order, in full; its committee only. */
    @Transactional(readOnly = true)
    public List<HouseholdRow> doors(long projectId, String building, String unit) {
        return visitable(projectId, "project.doors").stream()
                .filter(h -> h.getBuilding().equals(building) && h.getUnit().equals(unit))
                .sorted(HouseholdService.ADDRESS_ORDER).map(h -> HouseholdService.row(h, true)).toList();
    }

    /** One household of the project, in full; its committee only, and only a household the project touches. */
    @Transactional(readOnly = true)
    public HouseholdRow household(long projectId, long householdId) {
        return visitable(projectId, "project.household").stream().filter(h -> h.getId() == householdId)
                .findFirst().map(h -> HouseholdService.row(h, true))
                .orElseThrow(org.chenggeng.shared.NotFoundException::new);
    }

    private List<Household> visitable(long projectId, String what) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        if (!access.isCommitteeOfProject(actor, project)) {
            throw access.deny(actor, what + " " + projectId);
        }
        Set<Long> mine = access.committeeCompounds(actor, ConsultationAccess.compoundIds(project));
        return inScope(project).stream().filter(h -> mine.contains(h.getCompoundId())).toList();
    }

    private List<Household> inScope(ProjectAccess.ProjectDetails project) {
        List<String> buildings = project.data().buildings();
        String unit = project.data().unit();
        return ConsultationAccess.compoundIds(project).stream()
                .flatMap(c -> households.findByCompoundId(c).stream())
                .filter(h -> buildings.isEmpty() || buildings.contains(h.getBuilding()))
                .filter(h -> unit == null || unit.equals(h.getUnit()))
                .toList();
    }
}
