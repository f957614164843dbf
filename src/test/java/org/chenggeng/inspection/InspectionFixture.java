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
    static final String OUTSIDE_SUPERVISOR = "insp-supervisor-dwz";

    private final TestUsers as;
    private final ProjectQueries projects;
    private final WorkItemService items;
    private final UserAdminService users;
    private final RegionService regions;
    private final TemplateService templates;

    InspectionFixture(TestUsers as, ProjectQueries projects, WorkItemService items, UserAdminService users,
                      RegionService regions, TemplateService templates) {
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

    /** A passing inspection of the kind, every checklist line met, looking at the given items. */
    InspectionData passing(InspectionKind kind, LocalDate date, Set<Long> workItemIds, List<FindingData> findings)
            throws Exception {
        List<Check> checks = as.as("admin", () -> templates.active(kind)).stream()
                .map(l -> new Check(l.textZh(), l.textEn(), CheckResult.OK)).toList();
        return new InspectionData(kind, date, List.of(new Participant("监理单位", "赵监理"),
                new Participant("街道城建科", "王主任")), checks, workItemIds, Conclusion.PASSED, "现场检查", findings);
    }
}
