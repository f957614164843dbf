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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Projects of a test's own, as administrator, each on a new compound of 24 households in 靖江里社区 (the demo
 * committee's community, in the demo official's street): figures counted on it are that test's alone.
 */
@Component
public class FreshProjects {

    private static final AtomicInteger FRESH = new AtomicInteger();

    private final TestUsers as;
    private final RegionService regions;
    private final CompoundService compounds;
    private final ProjectEditing editing;
    private final ProjectLifecycle lifecycle;
    private final ProjectAccess projects;
    private final Consents consents;
    private final Clock clock;

    FreshProjects(TestUsers as, RegionService regions, CompoundService compounds, ProjectEditing editing,
                  ProjectLifecycle lifecycle, ProjectAccess projects, Consents consents, Clock clock) {
        this.as = as;
        this.regions = regions;
        this.compounds = compounds;
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.consents = consents;
        this.clock = clock;
    }

    /** A project in 征询 on a compound of its own; the compound's register is still empty. */
    public long consulting(String label) throws Exception {
        String name = label + FRESH.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return as.as("admin", () -> {
            Long community = regions.all().stream().filter(r -> r.name().equals("靖江里社区")).findFirst()
                    .orElseThrow().id();
            Long compound = compounds.create(community, new CompoundService.CompoundData(name + "小区", 1995, 2, 24,
                    new BigDecimal("1800.00")));
            Long project = editing.create(new ProjectData("T-" + Math.abs(name.hashCode()), name + "改造", 2026,
                    false, "测试实施单位", null, null, null, null, Set.of(compound)));
            move(project, ProjectStatus.CONSULTING, null);
            return project;
        });
    }

    /** A project in 征询 with its register complete and a passed consent round: ready for 立项. */
    public long readyForApproval(String label) throws Exception {
        long project = consulting(label);
        consents.pass(project);
        return project;
    }

    /** A project whose work is done (完工), its register complete: satisfaction rounds may open. */
    public long completed(String label) throws Exception {
        long project = readyForApproval(label);
        move(project, ProjectStatus.APPROVED, null);
        LocalDate today = LocalDate.now(clock);
        move(project, ProjectStatus.IN_PROGRESS, today.minusDays(30));
        move(project, ProjectStatus.COMPLETED, today.minusDays(1));
        return project;
    }

    /** Moves the project one step on as administrator, confirming unfinished work at 完工. */
    public void move(long project, ProjectStatus target, LocalDate date) throws Exception {
        as.run("admin", () -> lifecycle.transition(project, new TransitionRequest(projects.get(project).version(),
                target, date, null, null, true)));
    }

    /** The project's one compound. */
    public long compoundOf(long project) throws Exception {
        return as.as("admin", () -> projects.get(project).compounds().getFirst().id());
    }
}
