package org.chenggeng.inspection;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Projects and people for the inspection tests, from the demo data: the project manager's project under construction
 * (富民路), its items, and an official and a supervisor of another street who must not reach it.
 */
@Component
class InspectionFixture {

    static final String OUTSIDER = "insp-official-dwz";
    /** A project manager of the fresh projects only. */
    static final String MANAGER = "insp-pm";
    static final String OUTSIDE_SUPERVISOR = "insp-supervisor-dwz";

    private final TestUsers as;
    private final ProjectQueries projects;
    private final WorkItemService items;
    private final org.chenggeng.support.SecurityAdmin users;
    private final RegionService regions;
    private final TemplateService templates;
    private final org.chenggeng.project.ProjectEditing editing;
    private final org.chenggeng.project.ProjectLifecycle lifecycle;
    private final org.chenggeng.project.ProjectAccess access;
    private final org.chenggeng.region.CompoundService compounds;
    private final org.chenggeng.work.WorkTypeService types;
    private final org.chenggeng.support.Consents consents;
    private final java.time.Clock clock;
    private static final java.util.concurrent.atomic.AtomicInteger FRESH = new java.util.concurrent.atomic.AtomicInteger();

    InspectionFixture(TestUsers as, ProjectQueries projects, WorkItemService items, org.chenggeng.support.SecurityAdmin users,
                      RegionService regions, TemplateService templates, org.chenggeng.project.ProjectEditing editing,
                      org.chenggeng.project.ProjectLifecycle lifecycle, org.chenggeng.project.ProjectAccess access,
                      org.chenggeng.region.CompoundService compounds, org.chenggeng.work.WorkTypeService types,
                      org.chenggeng.support.Consents consents, java.time.Clock clock) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.access = access;
        this.compounds = compounds;
        this.types = types;
        this.consents = consents;
        this.clock = clock;
        this.as = as;
        this.projects = projects;
        this.items = items;
        this.users = users;
        this.regions = regions;
        this.templates = templates;
    }

    /** The demo project manager's project under construction (富民路小区雨污分流改造). */
    long site() throws Exception {
        return as.as("pm", () -> projects.loggable().stream().filter(p -> p.name().contains("富民路")).findFirst()
                .orElseThrow().id());
    }

    List<WorkItemRow> items(long projectId) throws Exception {
        return as.as("admin", () -> items.items(projectId).stream().filter(i -> !i.retired()).toList());
    }

    WorkItemRow item(long projectId, String typeCode) throws Exception {
        return items(projectId).stream().filter(i -> i.typeCode().equals(typeCode)).findFirst().orElseThrow();
    }

    /** A project of the official's street in the given status. */
    long projectIn(ProjectStatus status) throws Exception {
        return as.as("admin", () -> projects.all(new ProjectFilter("YYH-", status, null, null, null)).stream()
                .map(ProjectRow::id).findFirst().orElseThrow());
    }

    /** An official and a supervisor of 大王庄街, created once. */
    void outsiders() throws Exception {
        as.run("admin", () -> {
            if (!users.search(OUTSIDER, PageRequest.of(0, 5)).isEmpty()) {
                return;
            }
            Long otherStreet = regions.all().stream().filter(r -> r.name().equals("大王庄街")).findFirst()
                    .orElseThrow().id();
            for (var user : List.of(new Object[]{OUTSIDER, Role.OFFICIAL}, new Object[]{OUTSIDE_SUPERVISOR, Role.SUPERVISOR})) {
                Long id = users.create(new UserAdminService.NewUser((String) user[0], "外街道" + user[1],
                        "outsider-password-1", (Role) user[1], otherStreet, Set.of()));
                users.resetPassword(id, "outsider-password-1", false);
            }
        });
    }

    /**
     * A project of its own, under construction since 60 days ago, on a new compound of 24 households in 靖江里社区 (the
     * demo committee's community; its register complete), with work items of the given types (100 units planned
     * each) and {@link #MANAGER} as its project manager: figures counted on it are this test's alone.
     */
    long freshProject(String... typeCodes) throws Exception {
        int n = FRESH.incrementAndGet();
        String label = "检验" + n + "-" + System.nanoTime() % 100000;
        return as.as("admin", () -> {
            Long community = regions.all().stream().filter(r -> r.name().equals("靖江里社区")).findFirst()
                    .orElseThrow().id();
            Long compound = compounds.create(community, new org.chenggeng.region.CompoundService.CompoundData(
                    label + "小区", 1995, 2, 24, new java.math.BigDecimal("1800.00")));
            Long project = editing.create(new org.chenggeng.project.ProjectData("INSP-" + n + "-" + System.nanoTime() % 100000,
                    label + "改造", 2026, false, "测试实施单位", null, null, null, null, Set.of(compound)));
            move(project, ProjectStatus.CONSULTING, null);
            var catalogue = types.all();
            for (String code : typeCodes) {
                Long type = catalogue.stream().filter(t -> t.data().code().equals(code)).findFirst().orElseThrow().id();
                items.create(project, new org.chenggeng.work.WorkItemData(type, new java.math.BigDecimal("100"), null,
                        null, null, null));
            }
            consents.pass(project);
            move(project, ProjectStatus.APPROVED, null);
            move(project, ProjectStatus.IN_PROGRESS, LocalDate.now(clock).minusDays(60));
            assign(project);
            return project;
        });
    }

    /** Moves a fresh project one step on as administrator (confirming unfinished work at 完工). */
    void move(long project, ProjectStatus target, LocalDate date) throws Exception {
        as.run("admin", () -> lifecycle.transition(project, new org.chenggeng.project.TransitionRequest(
                access.get(project).version(), target, date, target == ProjectStatus.ACCEPTED ? "区住建委" : null,
                null, true)));
    }

    private void assign(long project) {
        var found = users.search(MANAGER, PageRequest.of(0, 5)).stream().filter(u -> u.username().equals(MANAGER))
                .findFirst();
        Long street = regions.all().stream().filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id();
        if (found.isEmpty()) {
            Long id = users.create(new UserAdminService.NewUser(MANAGER, "检验项目经理", "manager-password-1",
                    Role.PROJECT_MANAGER, street, Set.of(project)));
            users.resetPassword(id, "manager-password-1", false);
            return;
        }
        var u = found.get();
        Set<Long> mine = new java.util.HashSet<>(u.projectIds());
        mine.add(project);
        users.update(u.id(), new UserAdminService.UserChanges(u.version(), u.displayName(), Role.PROJECT_MANAGER,
                street, mine));
    }

    /** A passing inspection of the kind, every checklist line met, looking at the given items. */
    InspectionData passing(InspectionKind kind, LocalDate date, Set<Long> workItemIds, List<FindingData> findings)
            throws Exception {
        List<Check> checks = as.as("admin", () -> templates.active(kind)).stream()
                .map(l -> new Check(l.textZh(), l.textEn(), CheckResult.OK)).toList();
        return new InspectionData(kind, date, List.of(new Participant("监理单位", "赵监理"),
                new Participant("街道城建科", "王主任")), checks, workItemIds, Conclusion.PASSED, "现场检查", findings);
    }
}
