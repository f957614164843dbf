package org.chenggeng.support;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Moves a test project at random in what its summaries are grouped by, as an administrator: a compound in a new
 * community beside its own added, the project completed, its own compound moved to that community; each with even
 * odds. For the summary tests, which must agree with the ledger wherever the project ends up.
 */
@Component
public class ProjectMoves {

    private final TestUsers as;
    private final ProjectAccess projects;
    private final ProjectEditing editing;
    private final ProjectLifecycle lifecycle;
    private final CompoundService compounds;
    private final RegionService regions;

    ProjectMoves(TestUsers as, ProjectAccess projects, ProjectEditing editing, ProjectLifecycle lifecycle,
                 CompoundService compounds, RegionService regions) {
        this.as = as;
        this.projects = projects;
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.compounds = compounds;
        this.regions = regions;
    }

    /** Moves the project (in community {@code communityId}) at random; returns the new community's id. */
    public Long atRandom(Random random, long projectId, long communityId, String label) throws Exception {
        Long street = as.as("admin", () -> regions.get(communityId).parentId());
        Long otherCommunity = as.as("admin", () -> regions.create(street, label + "社区-" + projectId, null));
        Long otherCompound = as.as("admin", () -> compounds.create(otherCommunity, new CompoundService.CompoundData(
                label + "小区" + projectId, 1992, 3, 90, new BigDecimal("5000.00"))));
        if (random.nextBoolean()) {
            as.run("admin", () -> {
                var p = projects.get(projectId);
                var d = p.data();
                Set<Long> both = new HashSet<>(d.compoundIds());
                both.add(otherCompound);
                editing.update(projectId, p.version(), new ProjectData(d.code(), d.name(), d.year(), d.pilot(),
                        d.implementingUnit(), d.budget(), d.plannedStart(), d.plannedEnd(), d.description(), both));
            });
        }
        if (random.nextBoolean()) {
            as.run("admin", () -> lifecycle.transition(projectId, new TransitionRequest(
                    projects.get(projectId).version(), ProjectStatus.COMPLETED, LocalDate.now(), null, null, true)));
        }
        if (random.nextBoolean()) {
            as.run("admin", () -> {
                var compound = projects.get(projectId).compounds().stream()
                        .filter(c -> c.communityId().equals(communityId)).findFirst().orElseThrow();
                compounds.update(compound.id(), compound.version(), otherCommunity, new CompoundService.CompoundData(
                        compound.name(), compound.yearBuilt(), compound.buildings(), compound.households(),
                        compound.floorArea()));
            });
        }
        return otherCommunity;
    }
}
