package org.chenggeng.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What anyone may know of a project, without signing in, for the residents' public page (decision 0024): its name,
 * status, implementing unit, compounds and dates, nothing of its budget, scope of buildings or who works on it. The
 * portal reaches a project only by a slug it keeps itself; this service answers for an id it was given by the portal.
 */
@Service
public class PublicProjects {

    private final ProjectRepository projects;

    PublicProjects(ProjectRepository projects) {
        this.projects = projects;
    }

    /** A project's public facts. */
    public record PublicProject(long id, String name, ProjectStatus status, String implementingUnit,
                                LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                                LocalDate actualEnd, LocalDate acceptanceDate, Set<Long> compoundIds) {
    }

    @Transactional(readOnly = true)
    public Optional<PublicProject> find(long projectId) {
        return projects.findById(projectId).map(p -> new PublicProject(p.getId(), p.getName(), p.getStatus(),
                p.getImplementingUnit(), p.getPlannedStart(), p.getPlannedEnd(), p.milestones().actualStart(),
                p.milestones().actualEnd(), p.milestones().acceptanceDate(), p.getCompoundIds()));
    }

    /** Every project's id, for giving each its public slug. */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        return projects.ids();
    }
}
