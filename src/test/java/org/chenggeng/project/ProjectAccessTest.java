package org.chenggeng.project;

import org.chenggeng.audit.AuditService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.Consents;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChenggengTest
class ProjectAccessTest {

    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    CompoundService compounds;
    @Autowired
    RegionService regions;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    org.chenggeng.security.UserAdminService userAdmin;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;
    @Autowired
    Consents consents;

    private Long compound(String name) throws Exception {
        return as.as("admin", () -> compounds.inScope().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private Long projectId(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    private ProjectData data(String code, String name, Long compoundId) {
        return new ProjectData(code, name, 2026, false, "测试实施单位", new BigDecimal("1200000.00"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31), null, Set.of(compoundId));
    }

    @Test
    void anOfficialCreatesAProjectThatStartsInPlanningWithItsFirstHistoryLine() throws Exception {
        Long id = as.as("official", () -> editing.create(data("T-PS-001", "测试：程林里屋面维修", compound("程林里"))));

        ProjectAccess.ProjectDetails details = as.as("official", () -> projects.get(id));
        assertThat(details.status()).isEqualTo(ProjectStatus.PLANNING);
        assertThat(details.compounds()).extracting(CompoundService.CompoundRow::name).containsExactly("程林里");
        assertThat(details.allowedNext()).isEqualTo(ProjectStatus.CONSULTING);
        assertThat(as.as("official", () -> lifecycle.history(id)))
                .singleElement().satisfies(t -> {
                    assertThat(t.to()).isEqualTo(ProjectStatus.PLANNING);
                    assertThat(t.actor()).isEqualTo("official");
                });
        assertThatThrownBy(() -> as.run("official", () -> editing.create(data("t-ps-001", "重复编号", compound("程林里")))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.codeTaken");
    }

    @Test
    void eachTransitionIsRecordedWithWhoAndWhy() throws Exception {
        Long id = as.as("official", () -> editing.create(data("T-PS-002", "测试：生命周期", compound("程林里"))));
        as.run("official", () -> lifecycle.transition(id, new TransitionRequest(
                projects.get(id).version(), ProjectStatus.CONSULTING, null, null, null)));
        assertThatThrownBy(() -> as.run("official", () -> lifecycle.transition(id, new TransitionRequest(
                projects.get(id).version(), ProjectStatus.APPROVED, null, null, "街道党工委会同意"))))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.consentRequired");
        consents.pass(id);
        as.run("official", () -> lifecycle.transition(id, new TransitionRequest(
                projects.get(id).version(), ProjectStatus.APPROVED, null, null, "街道党工委会同意")));

        List<TransitionRow> history = as.as("official", () -> lifecycle.history(id));
        assertThat(history).extracting(TransitionRow::to)
                .containsExactly(ProjectStatus.PLANNING, ProjectStatus.CONSULTING, ProjectStatus.APPROVED);
        assertThat(history.getLast().note()).isEqualTo("街道党工委会同意");
        assertThat(history.getLast().consentTally()).startsWith("第1轮").contains("通过").containsPattern("同意的户数（占范围内全部） (\\d+)/\\1 ≥ 2/3 ✓");
        assertThat(as.as("official", () -> projects.get(id).status())).isEqualTo(ProjectStatus.APPROVED);
    }

    @Test
    void twoPeopleEditingTheSameProjectNeverOverwriteEachOther() throws Exception {
        Long id = as.as("official", () -> editing.create(data("T-PS-003", "测试：并发", compound("程林里"))));
        ProjectAccess.ProjectDetails seenByBoth = as.as("official", () -> projects.get(id));

        as.run("admin", () -> editing.update(id, seenByBoth.version(), data("T-PS-003", "管理员的修改", compound("程林里"))));
        assertThatThrownBy(() -> as.run("official", () -> editing.update(id, seenByBoth.version(),
                data("T-PS-003", "干部的修改", compound("程林里"))))).isInstanceOf(StaleDataException.class);

        assertThat(as.as("official", () -> projects.get(id).data().name())).isEqualTo("管理员的修改");
    }

    @Test
    void aProjectManagerEditsTheirProjectButCannotMoveItToOtherCompounds() throws Exception {
        Long jjdl = projectId("YYH-2022-01");
        ProjectAccess.ProjectDetails p = as.as("pm", () -> projects.get(jjdl));
        assertThat(p.editable()).isTrue();
        ProjectData moved = new ProjectData(p.data().code(), p.data().name(), p.data().year(), p.data().pilot(),
                p.data().implementingUnit(), p.data().budget(), p.data().plannedStart(), p.data().plannedEnd(),
                p.data().description(), Set.of(compound("靖江东里"), compound("靖江里")));
        assertThatThrownBy(() -> as.run("pm", () -> editing.update(jjdl, p.version(), moved)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("project.error.managerCannotChangeCompounds");
        assertThat(as.as("pm", () -> projects.get(jjdl).compounds())).hasSize(1);
    }

    @Test
    void theListFiltersBySearchStatusYearCommunityAndPilotAndSorts() throws Exception {
        Long jingjiangli = as.as("admin", () -> regions.communities().stream()
                .filter(c -> c.name().equals("靖江里社区")).findFirst().orElseThrow().id());
        assertThat(as.as("official", () -> projectQueries.page(new ProjectFilter("靖江东里", null, null, null, null),
                PageRequest.of(0, 10)))).extracting(ProjectRow::code).containsExactly("YYH-2022-01");
        assertThat(as.as("official", () -> projectQueries.count(new ProjectFilter(null, ProjectStatus.IN_PROGRESS, null,
                null, null)))).isGreaterThanOrEqualTo(2);
        assertThat(as.as("official", () -> projectQueries.page(new ProjectFilter("YYH-", null, 2022, null, null),
                PageRequest.of(0, 10)))).extracting(ProjectRow::code).containsExactly("YYH-2022-01");
        assertThat(as.as("official", () -> projectQueries.page(new ProjectFilter(null, null, null, jingjiangli, null),
                PageRequest.of(0, 10)))).extracting(ProjectRow::code).contains("YYH-2022-01")
                .allMatch(code -> !code.startsWith("YYH-2023"));
        assertThat(as.as("official", () -> projectQueries.page(new ProjectFilter("YYH-", null, null, null, true),
                PageRequest.of(0, 10)))).extracting(ProjectRow::code)
                .containsExactlyInAnyOrder("YYH-2022-01", "YYH-2026-01");
        assertThat(as.as("official", () -> projectQueries.page(new ProjectFilter("YYH-", null, null, null, null),
                PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "code")))))
                .extracting(ProjectRow::code).containsExactly("YYH-2026-03", "YYH-2026-02", "YYH-2026-01");
        assertThat(as.as("official", () -> projectQueries.countByStatus(new ProjectFilter("YYH-", null, null, null, null))
                .get(ProjectStatus.CONSULTING))).isEqualTo(3L);
    }

    @Test
    void changesAndRefusalsAreAudited() throws Exception {
        Long id = as.as("official", () -> editing.create(data("T-PS-004", "测试：审计", compound("程林里"))));
        ProjectAccess.ProjectDetails before = as.as("official", () -> projects.get(id));
        as.run("official", () -> editing.update(id, before.version(), data("T-PS-004", "测试：审计（改名）",
                compound("程林里"))));
        Long dwz = projectId("DWZ-2025-01");
        assertThatThrownBy(() -> as.run("pm", () -> projects.get(dwz))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> userAdmin.search(null, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);

        var changes = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("official", "PROJECT", "CHANGE",
                null, null), PageRequest.of(0, 100)));
        assertThat(changes).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("UPDATE");
            assertThat(row.entityId()).isEqualTo(String.valueOf(id));
            assertThat(row.before()).contains("测试：审计").doesNotContain("改名");
            assertThat(row.after()).contains("测试：审计（改名）");
        });
        var denials = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("pm", null, "SECURITY", null,
                null), PageRequest.of(0, 100)));
        assertThat(denials).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("ACCESS_DENIED");
            assertThat(row.detail()).contains("project.read " + dwz);
        });
        var roleDenials = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee", null,
                "SECURITY", null, null), PageRequest.of(0, 100)));
        assertThat(roleDenials).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("ACCESS_DENIED");
            assertThat(row.detail()).contains("UserAdminService.search");
        });
    }
}
